package dev.kizuna.stress.lp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;

/** Loads the OR-Tools native libraries once per JVM and makes solvers. */
public final class OrTools {
    private static volatile boolean loaded;

    private OrTools() {
    }

    public static void ensureLoaded() {
        if (!loaded) {
            synchronized (OrTools.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    /** A fresh GLOP linear programming solver, dual simplex. */
    public static MPSolver glop() {
        ensureLoaded();
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            throw new IllegalStateException("the OR-Tools build has no GLOP solver");
        }
        // the dual simplex solves the stress LPs from scratch about 3 times faster than the primal
        // (impact LPs of the generated 10,000-part network)
        solver.setSolverSpecificParametersAsString("use_dual_simplex: true");
        return solver;
    }
}
