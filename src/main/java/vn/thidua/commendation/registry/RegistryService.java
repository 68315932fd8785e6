package vn.thidua.commendation.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thidua.commendation.Download;
import vn.thidua.commendation.document.SignedDocuments;
import vn.thidua.identity.Role;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.text.SearchText;
import vn.thidua.platform.time.Formats;
import vn.thidua.result.excel.Workbooks;

/**
 * The award registry for everyone logged in, within {@link RegistryScope}: search (paged in SQL), export of a search
 * to XLSX, an award's certificate as PDF, and a nominee's history. Outside the caller's scope an award or a nominee
 * is "not found", as if it did not exist.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
public class RegistryService {

    /** The most rows an export writes; a larger search is refused, to be narrowed. */
    static final int EXPORT_LIMIT = 100_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Scope scope;

    public List<AwardLine> search(AwardSearch search, int offset, int limit) {
        return queries().search(visible(), filter(search), Math.max(offset, 0), limit <= 0 ? 20 : Math.min(limit, 100));
    }

    public long count(AwardSearch search) {
        return queries().count(visible(), filter(search));
    }

    /** Every award the search finds, as an XLSX file in the reader's language. */
    public Download export(AwardSearch search, Locale locale) {
        AwardSearch s = search == null ? AwardSearch.ANY : search;
        RegistryScope visible = visible();
        AwardFilter filter = filter(s);
        RegistryQueries queries = queries();
        if (queries.count(visible, filter) > EXPORT_LIMIT) {
            throw new BusinessException("registry.export.tooMany", EXPORT_LIMIT);
        }
        byte[] xlsx = RegistryExport.write(Messages.supported(locale), criteria(s, locale),
                (offset, size) -> queries.search(visible, filter, offset, size));
        return new Download("so-vang-khen-thuong-" + Formats.today() + ".xlsx", Workbooks.MEDIA_TYPE, xlsx);
    }

    /** The certificate of an award the caller may see, as a PDF, as it was signed. */
    public Download certificate(long awardId) {
        RegistryQueries queries = queries();
        if (!queries.isVisible(visible(), awardId)) {
            throw new NotFoundException("registry.award.notFound", awardId);
        }
        return new SignedDocuments(em).certificate(awardId);
    }

    /** A nominee's awards and nominations the caller may see; "not found" when they may see neither. */
    public NomineeHistory history(long nomineeId) {
        NomineeQueries nominees = new NomineeQueries(em);
        NomineeHistory.Nominee nominee = nominees.nominee(nomineeId);
        List<AwardLine> awards = nominee == null ? List.of() : queries().ofNominee(visible(), nomineeId);
        List<NomineeHistory.Dossier> dossiers = nominee == null ? List.of()
                : nominees.nominations(nomineeId, scope.filter(Action.READ, Formats.today()));
        if (awards.isEmpty() && dossiers.isEmpty()) {
            throw new NotFoundException("registry.nominee.notFound", nomineeId);
        }
        return new NomineeHistory(nominee, awards, dossiers);
    }

    private AwardFilter filter(AwardSearch search) {
        AwardSearch s = search == null ? AwardSearch.ANY : search;
        String name = SearchText.normalize(s.q());
        Long unitId = blank(s.unit()) ? null : queries().unitId(s.unit().trim(), Formats.today())
                .orElseThrow(() -> new BusinessException("registry.unit.unknown", s.unit().trim()));
        return new AwardFilter(name.isEmpty() ? null : name, unitId, s.year(),
                blank(s.awardType()) ? null : s.awardType().trim().toUpperCase(Locale.ROOT),
                blank(s.movement()) ? null : s.movement().trim().toUpperCase(Locale.ROOT));
    }

    /** "Tên: nguyen · Đơn vị: 06652 · Năm: 2024 …", or that the whole registry is listed. */
    private static String criteria(AwardSearch s, Locale locale) {
        List<String> parts = new ArrayList<>();
        addCriterion(parts, locale, "q", s.q());
        addCriterion(parts, locale, "unit", s.unit());
        addCriterion(parts, locale, "year", s.year() == null ? null : String.valueOf(s.year()));
        addCriterion(parts, locale, "awardType", s.awardType());
        addCriterion(parts, locale, "movement", s.movement());
        return parts.isEmpty() ? Messages.format(locale, "registry.export.all") : String.join(" · ", parts);
    }

    private static void addCriterion(List<String> parts, Locale locale, String name, String value) {
        if (!blank(value)) {
            parts.add(Messages.format(locale, "registry.export.criterion." + name, value.trim()));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private RegistryScope visible() {
        return RegistryScope.of(scope);
    }

    private RegistryQueries queries() {
        return new RegistryQueries(em);
    }
}
