package vn.thidua.result.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cells of an XLSX file's first sheet, read with POI's event API (SAX over the sheet's XML: memory stays small
 * whatever the size of the file), each as what it holds: a String, a BigDecimal for a number, or a Boolean.
 * Formulas count by their cached result. Rows are numbered as Excel shows them (from 1), columns from 0.
 */
public final class SheetCells {

    private SheetCells() {
    }

    public static SortedMap<Integer, SortedMap<Integer, Object>> read(byte[] content) throws IOException {
        SortedMap<Integer, SortedMap<Integer, Object>> rows = new TreeMap<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return rows;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new Handler(strings, rows));
                xml.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new IOException("Not a readable XLSX file", e);
        }
        return rows;
    }

    /**
     * Collects {@code <c>} elements: their type ({@code t}) and value ({@code <v>}), or for an inline string its
     * text ({@code <is><t>}; a {@code <v>} beside it, as POI leaves when it changes such a cell, is not the value).
     */
    private static final class Handler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final Map<Integer, SortedMap<Integer, Object>> rows;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private StringBuilder collecting;
        private int row;
        private int column;
        private String type;

        Handler(ReadOnlySharedStringsTable strings, Map<Integer, SortedMap<Integer, Object>> rows) {
            this.strings = strings;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r);
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    type = attributes.getValue("t");
                    value.setLength(0);
                    inline.setLength(0);
                }
                case "v" -> collecting = value;
                case "t" -> collecting = inline;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = null;
                case "c" -> {
                    Object cell = "inlineStr".equals(type) ? text(inline.toString()) : value(value.toString());
                    if (cell != null) {
                        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, cell);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting != null) {
                collecting.append(ch, start, length);
            }
        }

        /** A {@code <v>} by the cell's type: an index of a shared string, a boolean, a number, or text. */
        private Object value(String raw) {
            if (raw.isEmpty()) {
                return null;
            }
            return switch (type == null ? "n" : type) {
                case "s" -> strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                case "b" -> "1".equals(raw.trim());
                case "n" -> new BigDecimal(raw.trim());
                default -> raw; // str (a formula's text), e (an error such as #DIV/0!)
            };
        }

        private static Object text(String inlineText) {
            return inlineText.isEmpty() ? null : inlineText;
        }
    }
}
