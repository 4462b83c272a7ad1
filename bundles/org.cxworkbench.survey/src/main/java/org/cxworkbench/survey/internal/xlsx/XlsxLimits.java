package org.cxworkbench.survey.internal.xlsx;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Zip-bomb limits applied before any workbook is opened (POI keeps them in static settings):
 * <ul>
 * <li>minimum inflate ratio {@value #MIN_INFLATE_RATIO}: an entry that expands more than 100 times its
 * compressed size is refused (ordinary sheets compress 5 to 20 times);</li>
 * <li>maximum entry size {@value #MAX_ENTRY_SIZE} bytes (2 GiB) once expanded: enough for a sheet of
 * about 10 million short rows;</li>
 * <li>maximum text size {@value #MAX_TEXT_SIZE} characters for text POI extracts from one part.</li>
 * </ul>
 */
final class XlsxLimits {

    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_SIZE = 2L * 1024 * 1024 * 1024;
    static final long MAX_TEXT_SIZE = 100L * 1024 * 1024;

    private XlsxLimits() {
    }

    static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    }
}
