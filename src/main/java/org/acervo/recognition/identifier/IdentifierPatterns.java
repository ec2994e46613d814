package org.acervo.recognition.identifier;

/**
 * The regular-expression pieces a document number is made of, shared by {@link Identifier} (which
 * reads one whole number) and {@link IdentifierRecognizer} (which finds them in a page). Each says
 * in its comment why it is shaped so; {@code docs/RECOGNITION.md} gives the rules with examples.
 */
final class IdentifierPatterns {

    /**
     * The issuing body as it stands in a canonical number: an acronym, with OCR's {@code l} for
     * {@code I} before a capital ({@code lNE}), or a district's ordinal before or after it
     * ({@code 12JDE/VE/150/06}, {@code JD13/VE/VS/1688/06}: the 12th and 13th Juntas Distritales).
     */
    static final String BODY = "(?:[0-9]{1,2}+(?=[A-ZÑ]))?+(?:[A-ZÑ]|l(?=[A-ZÑ])){2,10}+[0-9]{0,2}+";

    /**
     * The body as OCR may leave it in a page: also with its first letter read as a bracket or a bar
     * ({@code [EEQ}, {@code |EEM}); {@link IdentifierRepair} puts the letter back when the registry
     * knows the body.
     */
    static final String BODY_IN_TEXT = "(?:[\\[|¡tij](?=[A-ZÑ]{2}))?+" + BODY;

    /**
     * One slash-separated part. A number before a slash may hold one or two spaces an OCR layer put
     * into it ({@code INE/UTVOPL/02 33/2022}). A lower-case {@code y} is allowed between capitals because INE
     * writes some units that way ({@code DECEyEC}); a lower-case {@code l} next to a capital or
     * digit is OCR's {@code I} or {@code 1}. A unit written with an attached number may have the
     * number typed apart ({@code CG 23}). A hyphen may end a line ({@code UNI-} newline {@code COM}).
     * Possessive, as the parts cannot overlap.
     */
    static final String SEGMENT = "(?:" + IdentifierPatterns.SESSION_ACUERDO + "|"
            + "(?:[A-ZÑ0-9]|y(?=[A-ZÑ])|l(?=[A-ZÑ0-9])|(?<=[A-ZÑ0-9])l|(?<=[0-9])['’](?=[0-9]{2}(?![0-9])))"
            + "{1,16}+"
            + "(?:(?<=[/\\s]" + Issuers.acuerdoUnitsAlternation() + "[0-9]{0,3}) {1,2}[0-9]{1,6}+)?+"
            + "(?:(?<=/[0-9]{1,6})(?: [0-9]{1,4}+){1,2}+(?=\\s{0,3}/))?+"
            + "(?:-(?:[ \\t]{0,2}\\r?\\n[ \\t]{0,3})?[A-ZÑ0-9]{1,16}+){0,4}+)";

    /**
     * A commission's acuerdo numbered with its session: {@code CRFE-05SE:12} in
     * {@code INE/CRFE-05SE:12/07/2016} (the fifth extraordinary session, on the 12th of July). Often
     * typed with a space after the colon and broken after the hyphen.
     */
    static final String SESSION_ACUERDO =
            "[A-ZÑ]{2,10}+-(?:[ \\t]{0,2}\\r?\\n[ \\t]{0,3})?[0-9]{1,3}+S[EO]:\\s{0,2}[0-9]{1,2}+";

    /** A line break inside a number, after a hyphen: one newline, or a blank line where a PDF double-spaces its lines. */
    static final String HYPHEN_BREAK = "(?:[ \\t]{0,2}\\r?\\n(?:[ \\t]{0,3}\\r?\\n)?[ \\t]{0,3})?";

    /** A slash, with the stray spaces that typing and PDF extraction put around it; OCR reads some slashes as {@code !}. */
    static final String SEPARATOR = "\\s{0,3}[/!]\\s{0,3}";

    /**
     * A tribunal's case number: court, kind of case, number, slash, year ({@code SUP-RAP-123/2021},
     * {@code TEED-JE-012/2021}, {@code SG-JRC-8/2017}; also with the last hyphen left out,
     * {@code SUP-RAP677/2015}, kept as written, and broken across a line after a hyphen or typed with a
     * space after the last one, {@code SUP-RAP- 30/2007}).
     */
    static final String EXPEDIENTE =
            "[A-ZÑ]{2,6}+(?:-" + HYPHEN_BREAK + "[A-ZÑ]{1,6}+){1,3}+(?:-[ \\t]{1,2}(?=[0-9])|-?+" + HYPHEN_BREAK
                    + ")[0-9]{1,6}+" + "\\s{0,2}/\\s{0,2}(?:[0-9]{4}|[0-9]{2})";

    /**
     * A number without an issuing body, the way the IFE numbered its acuerdos and many units their
     * oficios: the unit with the number attached or hyphened on, one slash, a year
     * ({@code CG112/2010}, {@code JGE57/2008}, {@code CG119/99}, {@code DJ-1092/2006},
     * {@code SE-282/2007}); a fiscalization procedure's letter may lead ({@code P-CFRPAP28/04},
     * {@code Q-UFRPP02/08}). Those procedures and the council's {@code CG}/{@code JGE} series are
     * often typed with a space or a line break before the number ({@code P-CFRPAP 28/04},
     * also broken after the procedure's letter, {@code Q-} newline {@code UFRPP 15/12},
     * {@code CG 119/99}), and an OCR layer may split their number ({@code CG 17 4/2002}); other
     * capitals followed by a space and a number are left alone, as too many headings and labels look so.
     */
    static final String BODYLESS = "(?:(?:[A-ZÑ]{1,3}+-(?=[A-ZÑ]{2}))?+[A-ZÑ]{2,10}+-?[0-9]{1,5}+"
            + "|(?:[A-ZÑ]{1,3}-" + HYPHEN_BREAK
            + "[A-ZÑ]{2,10}|CG|JGE)(?:[ \\t]{1,2}|[ \\t]{0,2}\\r?\\n[ \\t]{0,3})[0-9]{1,3}+(?: [0-9]{1,3}+)?)"
            + "\\s{0,2}/\\s{0,2}(?:(?:19|20)[0-9]{2}|[0-9]{2})";

    /** At least one unit and one number after the body; more than nine parts is not a document number. */
    static final int MIN_PARTS = 2;

    static final int MAX_PARTS = 9;

    private IdentifierPatterns() {}
}
