package vn.thidua.commendation.registry;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.time.Formats;
import vn.thidua.result.excel.XlsxTable;

/**
 * A registry search as an XLSX sheet (streamed with SXSSF): one row per award, read from the database a page at a
 * time while the sheet is written, so a long registry costs little memory.
 */
final class RegistryExport {

    static final int PAGE = 1000;

    private RegistryExport() {
    }

    /** {@code pages} answers the awards from an offset, at most a page of them. */
    static byte[] write(Locale locale, String criteria, BiFunction<Integer, Integer, List<AwardLine>> pages) {
        List<String> headers = List.of("recipient", "kind", "jobTitle", "awardType", "period", "movement",
                "decisionNumber", "signedOn", "unitCode", "unitName").stream()
                .map(column -> Messages.format(locale, "registry.column." + column)).toList();
        return XlsxTable.write(Messages.format(locale, "registry.export.sheet"),
                List.of(Messages.format(locale, "registry.export.title"), criteria), headers,
                () -> rows(locale, pages));
    }

    private static Iterator<List<Object>> rows(Locale locale, BiFunction<Integer, Integer, List<AwardLine>> pages) {
        return new Iterator<>() {
            private List<AwardLine> page = pages.apply(0, PAGE);
            private int offset;
            private int index;

            @Override
            public boolean hasNext() {
                if (index == page.size() && page.size() == PAGE) {
                    offset += PAGE;
                    page = pages.apply(offset, PAGE);
                    index = 0;
                }
                return index < page.size();
            }

            @Override
            public List<Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return row(page.get(index++), locale);
            }
        };
    }

    private static List<Object> row(AwardLine a, Locale locale) {
        List<Object> row = new ArrayList<>();
        row.add(a.recipientName());
        row.add(Messages.format(locale, a.recipientKind().messageKey()));
        row.add(a.jobTitle());
        row.add(a.awardTypeName(locale));
        row.add(a.period());
        row.add(a.movementName());
        row.add(a.decisionNumber());
        row.add(Formats.date(a.signedOn()));
        row.add(a.unitCode());
        row.add(a.unitName());
        return row;
    }
}
