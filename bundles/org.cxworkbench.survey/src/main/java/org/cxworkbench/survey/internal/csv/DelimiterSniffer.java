package org.cxworkbench.survey.internal.csv;

/**
 * Picks the delimiter of a CSV export from its first record: the most frequent of comma, semicolon and tab
 * outside quotes (comma on a tie), as European spreadsheet exports use semicolons and some tools tabs.
 */
final class DelimiterSniffer {

    private DelimiterSniffer() {
    }

    static byte sniff(byte[] bytes, int from, int to) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (b == '\n' || b == '\r') {
                    break;
                } else if (b == ',') {
                    commas++;
                } else if (b == ';') {
                    semicolons++;
                } else if (b == '\t') {
                    tabs++;
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? (byte) ';' : (byte) ',';
    }
}
