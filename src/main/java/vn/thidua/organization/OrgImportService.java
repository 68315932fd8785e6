package vn.thidua.organization;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.identity.Role;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.AccessDeniedException;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;

/**
 * Administrators create many units at once from a CSV or XLSX list. All or nothing: when any row is wrong — in the
 * file, or refused while creating (a code in use, a parent that does not exist or is outside the caller's scope) —
 * the report lists the rows and the transaction rolls back. The preview does the same work and always rolls back.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OrgImportService {

    private static final int MAX_FILE_NAME = 60;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Scope scope;

    @Inject
    private OrgUnits orgUnits;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    @Inject
    private jakarta.enterprise.event.Event<StructureChanged> structureChanged;

    /** What {@link #importUnits} would do, without doing it. */
    public ImportReport preview(byte[] content, String fileName) {
        ImportReport report = doImport(content, fileName);
        context.setRollbackOnly();
        return report;
    }

    public ImportReport importUnits(byte[] content, String fileName) {
        ImportReport report = doImport(content, fileName);
        if (report.ok()) {
            audit.record("ORG_IMPORT", "OrgUnit", shortName(fileName), null, "created=" + report.created());
            structureChanged.fire(new StructureChanged(StructureChanged.EVER));
        } else {
            context.setRollbackOnly();
        }
        return report;
    }

    private ImportReport doImport(byte[] content, String fileName) {
        Map<String, OrgLevel> levels = em.createQuery("select l from OrgLevel l order by l.rank", OrgLevel.class)
                .getResultStream().collect(Collectors.toMap(OrgLevel::getCode, Function.identity(),
                        (a, b) -> a, LinkedHashMap::new));
        UnitImport.Result parsed = new UnitImport(List.copyOf(levels.keySet())).read(content);
        if (!parsed.problems().isEmpty()) {
            return new ImportReport(parsed.rows(), 0, parsed.problems());
        }
        Restructuring restructuring = new Restructuring(em, context.getCallerPrincipal().getName());
        String basis = Messages.format(Messages.VIETNAMESE, "org.import.legalBasis", shortName(fileName));
        // An event has one effective date: one CREATE event per date in the file (usually just one).
        Map<LocalDate, OrgEvent> events = new HashMap<>();
        Map<String, OrgUnit> created = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportRow row : parsed.valid()) {
            try {
                OrgUnit parent = parent(row, created);
                OrgEvent event = events.computeIfAbsent(row.validFrom(),
                        date -> restructuring.event(OrgEvent.Kind.CREATE, date, basis));
                created.put(row.code(), restructuring.create(event, new NewUnit(row.code(),
                        levels.get(row.level()), row.name(), row.type(), parent)));
            } catch (BusinessException e) {
                problems.add(ImportProblem.of(row.rowNumber(), e.getMessageKey(), e.getArguments()));
            }
        }
        if (problems.isEmpty()) {
            em.flush();
        }
        return new ImportReport(parsed.rows(), problems.isEmpty() ? created.size() : 0, problems);
    }

    /** A unit created above in the same file, or an existing one on the row's date, within the caller's scope. */
    private OrgUnit parent(ImportRow row, Map<String, OrgUnit> created) {
        LocalDate date = row.validFrom();
        if (row.parentCode() == null) {
            if (!scope.filter(Action.ADMINISTER, date).everything()) {
                throw new AccessDeniedException();
            }
            return null;
        }
        OrgUnit inFile = created.get(row.parentCode());
        if (inFile != null) {
            return inFile; // its own parent was checked when it was created
        }
        OrgUnit parent = orgUnits.find(row.parentCode(), date).orElseThrow(() -> new BusinessException("org.parent.invalid", row.parentCode(), date));
        // covers(), not check(): a refusal thrown by Scope would mark the whole transaction for rollback while
        // the other rows are still being checked.
        if (!scope.covers(Action.ADMINISTER, parent.getId(), date)) {
            throw new AccessDeniedException();
        }
        return parent;
    }

    private static String shortName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "-" : fileName.strip();
        return name.length() <= MAX_FILE_NAME ? name : name.substring(0, MAX_FILE_NAME);
    }
}
