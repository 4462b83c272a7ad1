package org.cxworkbench.testplugin.faulty;

import java.nio.file.Path;
import java.util.List;

import org.cxworkbench.api.survey.ExportShape;
import org.cxworkbench.api.survey.SourceOptions;
import org.cxworkbench.api.survey.SurveyColumn;
import org.cxworkbench.api.survey.SurveyHeader;
import org.cxworkbench.api.survey.SurveyRow;
import org.cxworkbench.api.survey.SurveyRows;
import org.cxworkbench.api.survey.SurveySource;
import org.osgi.service.component.annotations.Component;

/**
 * A broken plugin survey source, asked before the workbench's: it hangs in {@code accepts} for files named
 * {@code *.hang-accepts}; it takes files named {@code *.hang}, gives their header (ResponseId, Date, NPS) and
 * then never delivers a row. Other files it declines at once.
 */
@Component(property = SurveySource.ID + "=" + HangingSurveySource.ID)
public final class HangingSurveySource implements SurveySource {

    static final String ID = "faulty-hang";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".hang-accepts")) {
            Hang.untilInterrupted();
        }
        return name.endsWith(".hang");
    }

    @Override
    public SurveyRows open(Path file, SourceOptions options) {
        return new SurveyRows() {
            @Override
            public SurveyHeader header() {
                return new SurveyHeader(ExportShape.PLAIN, 1, List.of(new SurveyColumn(0, "ResponseId", null, null),
                        new SurveyColumn(1, "Date", null, null), new SurveyColumn(2, "NPS", null, null)));
            }

            @Override
            public SurveyRow next() {
                Hang.untilInterrupted();
                return null;
            }

            @Override
            public long bytesRead() {
                return 0;
            }

            @Override
            public long totalBytes() {
                return -1;
            }

            @Override
            public void close() {
            }
        };
    }
}
