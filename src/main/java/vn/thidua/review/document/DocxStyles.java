package vn.thidua.review.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles of a review's Word document: Times New Roman by default, Vietnamese for spelling, and two heading
 * styles with outline levels, so that Word's navigation pane and table of contents list the numbered sections and
 * the movements inside them as the officers edit.
 */
final class DocxStyles {

    /** A numbered section: "I. KẾT QUẢ …". */
    static final String SECTION = "Heading1";
    /** A movement inside the results: "1. Cuộc vận động …". */
    static final String MOVEMENT = "Heading2";

    private DocxStyles() {
    }

    static void define(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(ReviewDocx.FONT);
        fonts.setHAnsi(ReviewDocx.FONT);
        fonts.setCs(ReviewDocx.FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("vi-VN");
        styles.addStyle(heading(SECTION, "heading 1", 0));
        styles.addStyle(heading(MOVEMENT, "heading 2", 1));
    }

    private static XWPFStyle heading(String id, String name, int level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        style.getPPr().addNewKeepNext();
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(ReviewDocx.FONT);
        fonts.setHAnsi(ReviewDocx.FONT);
        fonts.setCs(ReviewDocx.FONT);
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(26));
        run.addNewColor().setVal("000000");
        return new XWPFStyle(style);
    }
}
