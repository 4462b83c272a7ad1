package org.cxworkbench.measure.internal.customers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.measure.internal.imports.ImportRecords;
import org.cxworkbench.measure.internal.io.FileChecksum;
import org.cxworkbench.model.ImportKind;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code cxw import-customers FILE EXPORT.csv}: sets customer counts of many periods and segments at once. */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "import-customers", summary = "Imports customer counts per period and segment from a CSV",
        group = "measure")
public final class ImportCustomersCommand implements CxwCommand {

    private static final String EXPORT = "EXPORT";

    private final StrategyStore store;

    @Activate
    public ImportCustomersCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("import-customers", "Reads a CSV with the header period,segment,start,end,new,churned "
                + "(segment blank for all customers; new and churned may be blank) and sets the customer counts of "
                + "every row, replacing counts set before for the same period and segment. Any bad row stops the "
                + "import: nothing is changed and every problem is listed with file and line.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .arg(EXPORT, "the customer counts (.csv)")
                .example("cxw import-customers acme.cxs customers.csv");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        Strategy strategy = StrategyFiles.load(store, context);
        Path file = context.path(context.requiredArg(EXPORT));
        if (!Files.isRegularFile(file)) {
            throw new CommandException("cxw import-customers: " + file + ": no such file");
        }
        String fileName = file.getFileName().toString();
        CustomerCountsCsv.Result result;
        String checksum;
        try {
            checksum = FileChecksum.sha256(file);
            Optional<ImportRecord> earlier = ImportRecords.find(strategy, ImportKind.CUSTOMER_COUNTS, checksum);
            if (earlier.isPresent()) {
                String message = fileName + " was already imported on " + earlier.get().getImportedAt()
                        + " (same SHA-256 " + checksum + "); nothing was changed";
                if (context.json()) {
                    context.printJson(Map.of("file", fileName, "skipped", true, "message", message));
                } else {
                    context.out().println(message);
                }
                return OK;
            }
            result = CustomerCountsCsv.read(file);
        } catch (IOException e) {
            throw new CommandException("cxw import-customers: " + e.getMessage(), e);
        }
        if (!result.problems().isEmpty()) {
            throw new CommandException("cxw import-customers: " + result.problems().size()
                    + " problem(s); nothing was changed:\n" + String.join("\n", result.problems()));
        }
        long replaced = result.counts().stream().filter(c -> c.applyTo(strategy)).count();
        ImportRecords.add(strategy, ImportKind.CUSTOMER_COUNTS, fileName, checksum, result.rowsRead(),
                result.counts().size(), 0, 0);
        StrategyFiles.save(store, strategy);
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", fileName);
            json.put("skipped", false);
            json.put("rows", result.counts().size());
            json.put("replaced", replaced);
            json.put("counts", result.counts());
            context.printJson(json);
        } else {
            context.out().printf("Imported %s: customer counts of %d period(s) and segment(s) set, %d of them replaced%n",
                    fileName, result.counts().size(), replaced);
        }
        return OK;
    }
}
