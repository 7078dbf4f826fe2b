package dev.kizuna.cli.risk;

import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.UserError;
import dev.kizuna.io.openpsa.OpenPsaWriter;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.risk.FaultTree;
import dev.kizuna.risk.SystemFaultTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code kizuna export-fault-tree DIR --system ID [--output FILE]}: Open-PSA MEF XML. */
@Command(name = "export-fault-tree", mixinStandardHelpOptions = true,
        description = "Write a system's fault tree (system unavailable) in the Open-PSA Model Exchange Format, "
                + "with site and country events and their probabilities. The output is XML whatever --format says.")
public final class ExportFaultTreeCommand extends DatasetCommand {
    @Option(names = "--system", required = true, paramLabel = "ID", description = "System id (systems.csv)")
    String system;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write (default: standard output)")
    Path output;

    @Override
    public Integer call() {
        report(load());
        return ExitCodes.OK;
    }

    public void report(LoadedDataset data) {
        SupplyNetwork net = data.network();
        int y = RiskInputs.system(net, system);
        FaultTree tree = SystemFaultTree.build(net, y, true);
        String description = "Kizuna fault tree of system " + net.systemKey(y) + " (" + net.systemName(y)
                + ") of dataset " + net.manifest().name() + ": top event = the system cannot be built (spec 3.7, 3.8)";
        if (output == null) {
            OpenPsaWriter.write(tree, description, out());
            return;
        }
        try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            OpenPsaWriter.write(tree, description, writer);
        } catch (IOException e) {
            throw new UserError(ExitCodes.IO_ERROR, output + ": cannot write: " + e.getMessage());
        }
        err().println("wrote " + tree.gates().size() + " gates and " + tree.basicEvents().size()
                + " basic events to " + output);
    }
}
