package dev.kizuna.synthetic;

/**
 * Part categories by level of the bill of materials, with illustrative HS codes and export-control
 * notes. The codes are plausible headings for such goods, not classifications of real products.
 */
final class PartCatalog {
    enum Level {
        SYSTEM, MAJOR_ASSEMBLY, ASSEMBLY, COMPONENT, MATERIAL
    }

    record Category(String key, String label, String hsCode, String exportControl) {
    }

    private static final Category[] MAJOR_ASSEMBLIES = {
        new Category("airframe", "Airframe", "8807.30", ""),
        new Category("propulsion-unit", "Propulsion unit", "8501.32", ""),
        new Category("power-system", "Power system", "8507.60", ""),
        new Category("avionics-module", "Avionics module", "8526.91", "EAR99"),
        new Category("sensor-payload", "Sensor payload", "8525.89", "ECCN 6A993"),
        new Category("datalink", "Datalink", "8517.62", "ECCN 5A991"),
        new Category("ground-control-station", "Ground control station", "8471.41", "EAR99"),
    };

    private static final Category[] ASSEMBLIES = {
        new Category("motor", "Brushless motor", "8501.31", ""),
        new Category("esc", "Speed controller", "8504.40", ""),
        new Category("flight-controller", "Flight controller", "8537.10", "EAR99"),
        new Category("battery-pack", "Battery pack", "8507.60", ""),
        new Category("camera-module", "Camera module", "8525.89", ""),
        new Category("gimbal", "Gimbal", "8807.30", ""),
        new Category("radio-module", "Radio module", "8517.62", "ECCN 5A991"),
        new Category("gnss-receiver", "GNSS receiver", "8526.91", ""),
        new Category("wiring-harness", "Wiring harness", "8544.42", ""),
        new Category("frame-arm", "Frame arm", "8807.30", ""),
        new Category("propeller", "Propeller", "8807.10", ""),
        new Category("thermal-core", "Thermal camera core", "8525.89", "ECCN 6A993"),
        new Category("compute-module", "Compute module", "8471.50", "EAR99"),
        new Category("antenna", "Antenna", "8529.10", ""),
    };

    private static final Category[] COMPONENTS = {
        new Category("mcu", "Microcontroller", "8542.31", "EAR99"),
        new Category("imu", "Inertial sensor", "9014.20", ""),
        new Category("image-sensor", "Image sensor", "8541.49", ""),
        new Category("li-ion-cell", "Li-ion cell", "8507.60", ""),
        new Category("ndfeb-magnet", "NdFeB magnet", "8505.11", ""),
        new Category("connector", "Connector", "8536.69", ""),
        new Category("capacitor", "Capacitor", "8532.24", ""),
        new Category("fpga", "FPGA", "8542.31", "ECCN 3A991"),
        new Category("rf-frontend", "RF front end", "8542.33", ""),
        new Category("bearing", "Bearing", "8482.10", ""),
        new Category("fastener", "Fastener", "7318.15", ""),
        new Category("carbon-fiber-sheet", "Carbon fiber sheet", "6815.12", ""),
        new Category("pcb", "Printed circuit board", "8534.00", ""),
        new Category("power-mosfet", "Power MOSFET", "8541.29", ""),
        new Category("gnss-chipset", "GNSS chipset", "8542.39", ""),
        new Category("memory", "Memory chip", "8542.32", ""),
        new Category("lens", "Lens", "9002.11", ""),
        new Category("copper-winding", "Copper winding", "8544.11", ""),
    };

    private static final Category[] MATERIALS = {
        new Category("rare-earth-oxide", "Rare earth oxide", "2846.90", ""),
        new Category("lithium-carbonate", "Lithium carbonate", "2836.91", ""),
        new Category("carbon-fiber-tow", "Carbon fiber tow", "6815.11", ""),
        new Category("copper", "Refined copper", "7403.11", ""),
        new Category("aluminium-alloy", "Aluminium alloy", "7601.20", ""),
        new Category("silicon-wafer", "Silicon wafer", "3818.00", ""),
        new Category("gallium", "Gallium", "8112.92", ""),
        new Category("epoxy-resin", "Epoxy resin", "3907.30", ""),
        new Category("titanium", "Titanium", "8108.20", ""),
        new Category("cobalt", "Cobalt", "8105.20", ""),
        new Category("nickel", "Nickel", "7502.10", ""),
        new Category("graphite", "Natural graphite", "2504.10", ""),
        new Category("germanium", "Germanium", "8112.92", ""),
        new Category("polyamide", "Polyamide", "3908.10", ""),
    };

    static final Category UAS_SYSTEM = new Category("uas-system", "Unmanned aircraft system", "8806.22", "EAR99");
    static final Category COUNTER_UAS_SYSTEM =
            new Category("counter-uas-system", "Counter-UAS system", "8526.10", "EAR99");

    private PartCatalog() {
    }

    /** The level of tier {@code tier} of a {@code tiers}-tier bill: top, assemblies, components, materials. */
    static Level levelOf(int tier, int tiers) {
        if (tier == 0) {
            return Level.SYSTEM;
        }
        if (tier == tiers - 1) {
            return Level.MATERIAL;
        }
        if (tier == tiers - 2) {
            return Level.COMPONENT;
        }
        return tier == 1 ? Level.MAJOR_ASSEMBLY : Level.ASSEMBLY;
    }

    static Category[] categories(Level level) {
        return switch (level) {
            case SYSTEM -> new Category[] {UAS_SYSTEM, COUNTER_UAS_SYSTEM};
            case MAJOR_ASSEMBLY -> MAJOR_ASSEMBLIES;
            case ASSEMBLY -> ASSEMBLIES;
            case COMPONENT -> COMPONENTS;
            case MATERIAL -> MATERIALS;
        };
    }
}
