package org.cxworkbench.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a realistic survey export: {@code ResponseId,EndDate,Touchpoint,Region,Q_NPS,Q_CSAT,Q_CES,Comment},
 * one response per line, about 100 bytes per row (10 million rows are about 1 GB). Responses are spread
 * over the 8 quarters of 2025 and 2026, 20 touchpoints with uneven traffic, 6 regions; scores follow skewed
 * distributions like real panels (NPS 0-10, CSAT 1-5, CES 1-7), each question left blank by 3 to 6 % of
 * respondents; a third of the comments are empty and some hold commas and quotes (quoted CSV fields).
 * The same seed gives the same file.
 */
public final class ExportGenerator {

    static final String HEADER = "ResponseId,EndDate,Touchpoint,Region,Q_NPS,Q_CSAT,Q_CES,Comment\n";

    static final String[] TOUCHPOINTS = {"Mobile app", "Web shop", "Call centre", "Live chat", "Chatbot", "Email support",
        "Store pickup", "Home delivery", "Returns desk", "Checkout", "Recipe pop-up", "Loyalty programme",
        "Newsletter", "Push notification", "Social media", "Marketplace", "Click and collect", "Subscription box",
        "Payment", "Account settings"};
    static final String[] REGIONS = {"North", "South", "East", "West", "Central", "Islands"};
    private static final String[] COMMENTS = {"", "", "", "Great service, will order again next week",
        "Delivery was late and nobody told me why", "The app crashed twice at checkout on my phone",
        "Easy to find what I needed for the whole family", "Recipe pop-up before checkout was really handy",
        "Too many steps to return an item that was damaged", "Friendly driver, \"\"perfect\"\" timing as always",
        "Prices went up again compared to last month", "Chatbot solved it in two minutes, impressive",
        "Could not reach anyone by phone for an hour", "Fresh products, good packaging, no plastic waste",
        "Ordering on mobile early in the week is quick", "Missing items and the refund took several days"};
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 730;

    private ExportGenerator() {
    }

    /** Generates an export only: {@code ExportGenerator FILE ROWS}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ExportGenerator FILE ROWS");
            System.exit(2);
        }
        long rows = Long.parseLong(args[1].replace("_", ""));
        long size = write(Path.of(args[0]), rows, ImportBenchmark.SEED);
        System.out.printf("%s: %,d rows, %,d bytes%n", args[0], rows, size);
    }

    /** Writes {@code rows} responses to {@code file}; returns the file size in bytes. */
    public static long write(Path file, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] dates = new String[DAYS];
        for (int d = 0; d < DAYS; d++) {
            dates[d] = START.plusDays(d).toString();
        }
        StringBuilder line = new StringBuilder(160);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(HEADER.getBytes(StandardCharsets.US_ASCII));
            for (long i = 1; i <= rows; i++) {
                line.setLength(0);
                line.append("R_").append(Long.toString(i + 1_000_000_000L, 36)).append(',');
                line.append(dates[random.nextInt(DAYS)]).append(' ');
                time(line, random.nextInt(86_400)).append(',');
                line.append(TOUCHPOINTS[skewed(random, TOUCHPOINTS.length)]).append(',');
                line.append(REGIONS[random.nextInt(REGIONS.length)]).append(',');
                score(line, random, 0.04, nps(random)).append(',');
                score(line, random, 0.05, csat(random)).append(',');
                score(line, random, 0.06, 1 + skewed(random, 7)).append(',');
                String comment = COMMENTS[random.nextInt(COMMENTS.length)];
                if (comment.indexOf(',') >= 0 || comment.indexOf('"') >= 0) {
                    line.append('"').append(comment).append('"');
                } else {
                    line.append(comment);
                }
                line.append('\n');
                for (int c = 0; c < line.length(); c++) {
                    out.write(line.charAt(c));
                }
            }
        }
        return Files.size(file);
    }

    private static StringBuilder time(StringBuilder line, int seconds) {
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int s = seconds % 60;
        return line.append(h < 10 ? "0" : "").append(h).append(':').append(m < 10 ? "0" : "").append(m).append(':')
                .append(s < 10 ? "0" : "").append(s);
    }

    private static StringBuilder score(StringBuilder line, SplittableRandom random, double blank, int value) {
        return random.nextDouble() < blank ? line : line.append(value);
    }

    /** An index in [0, n) with lower indexes more frequent (traffic of touchpoints, easy effort scores). */
    private static int skewed(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return (int) (n * u * u);
    }

    private static int nps(SplittableRandom random) {
        double u = random.nextDouble();
        if (u < 0.45) {
            return 9 + random.nextInt(2);
        }
        if (u < 0.75) {
            return 7 + random.nextInt(2);
        }
        return random.nextInt(7);
    }

    private static int csat(SplittableRandom random) {
        double u = random.nextDouble();
        return u < 0.55 ? 5 : u < 0.80 ? 4 : u < 0.90 ? 3 : u < 0.96 ? 2 : 1;
    }
}
