package org.cxworkbench.report.internal;

/**
 * A format whose file was not written because its renderer failed. An earlier file of that name is untouched.
 *
 * @param format the format, e.g. {@code pptx}
 * @param bundle the bundle of the renderer
 * @param reason what went wrong
 */
public record FormatFailure(String format, String bundle, String reason) {

    /** One line for the user: which format, which bundle, why. */
    public String describe() {
        return "the " + format + " file was not written: the renderer from bundle " + bundle + " " + reason;
    }
}
