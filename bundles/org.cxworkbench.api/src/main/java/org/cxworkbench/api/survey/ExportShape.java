package org.cxworkbench.api.survey;

/** The tool that produced a survey export, as detected from its header rows. */
public enum ExportShape {
    /** One header row of column names. */
    PLAIN("plain table"),
    /** Qualtrics: column ids, question texts, then {@code {"ImportId":"QID1"}} objects. */
    QUALTRICS("Qualtrics"),
    /** SurveyMonkey: question texts, then a row of sub-answers ("Response", "Open-Ended Response", options). */
    SURVEYMONKEY("SurveyMonkey"),
    /** Google Forms: one header row of question texts, starting with "Timestamp". */
    GOOGLE_FORMS("Google Forms");

    private final String label;

    ExportShape(String label) {
        this.label = label;
    }

    /** The name shown to users. */
    public String label() {
        return label;
    }
}
