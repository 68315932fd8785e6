package vn.thidua.commendation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.thidua.identity.Role;
import vn.thidua.organization.ImportProblem;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.text.SearchText;
import vn.thidua.platform.time.Formats;

/**
 * Imports a list of nominees ({@link NomineeSheet}) into a submission batch that is not yet sent: a draft
 * nomination per row, proposed by the batch's unit, for an existing nominee (its id in the row) or a new one recorded
 * at the row's unit (the batch's unit or one below it), a person who has died marked so (the "deceased" column
 * speaks of new nominees only: a record is corrected on its own page). Every row is first checked as the draft form
 * would be — award type, unit, the nominee's data, the period and movement — and a row naming someone already
 * recorded there is refused with that record's id, so no one is entered twice. Nothing is saved unless every row is
 * right.
 */
@Stateless
public class BatchImportService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private DraftForms drafts;

    @Inject
    private OrgUnits orgUnits;

    @Inject
    private AuditLog audit;

    @Inject
    private Batches batches;

    @EJB
    private NominationService nominations;

    /** A row checked against the database: who it is about (new or existing), where, and the draft's form. */
    private record Planned(int row, Long nomineeId, NominationForm.NewNominee person, OrgUnit home, NominationForm form) {
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public byte[] template(Locale locale) {
        return NomineeSheet.template(locale);
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public BatchImport importInto(long batchId, byte[] content) {
        SubmissionBatch batch = batches.forChange(batchId, user());
        NomineeSheet.Result file = NomineeSheet.read(content);
        if (!file.ok()) {
            return new BatchImport(file.rows(), 0, file.problems());
        }
        LocalDate today = Formats.today();
        Map<String, String> types = awardTypes();
        List<ImportProblem> problems = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (NomineeSheet.Row row : file.valid()) {
            try {
                planned.add(plan(row, batch.getFromUnit(), types, today));
            } catch (BusinessException e) {
                problems.add(ImportProblem.of(row.number(), e.getMessageKey(), shown(e.getArguments())));
            }
        }
        if (!problems.isEmpty()) {
            return new BatchImport(file.rows(), 0, problems);
        }
        List<Long> created = new ArrayList<>(batch.getNominations().stream().map(Nomination::getId).toList());
        for (Planned row : planned) {
            try {
                Long nomineeId = row.nomineeId() != null ? row.nomineeId()
                        : drafts.nominee(new NominationForm(null, null, row.person(), null, null, null, null, null,
                        null), row.home(), user(), today).getId();
                created.add(nominations.create(new NominationForm(null, nomineeId, null, row.form().awardType(),
                        row.form().unitCode(), row.form().movement(), row.form().yearFrom(), row.form().yearTo(),
                        row.form().summary())).id());
            } catch (BusinessException e) {
                context.setRollbackOnly();
                return new BatchImport(file.rows(), 0,
                        List.of(ImportProblem.of(row.row(), e.getMessageKey(), shown(e.getArguments()))));
            }
        }
        batches.setItems(batch, created);
        em.flush();
        audit.record("BATCH_IMPORTED", "SubmissionBatch", batch.getId(), null, planned.size() + " nominations");
        return new BatchImport(file.rows(), planned.size(), List.of());
    }

    /** Checks a row as the draft form would, without saving anything; refused with the first problem found. */
    private Planned plan(NomineeSheet.Row row, OrgUnit proposing, Map<String, String> types, LocalDate today) {
        String type = types.get(SearchText.normalize(row.awardType()));
        if (type == null) {
            throw new BusinessException("awardType.unknown", row.awardType());
        }
        OrgUnit home = home(row.unitCode(), proposing, today);
        NominationForm.NewNominee person = new NominationForm.NewNominee(
                row.kind() == null ? null : row.kind().name(), row.name(), row.birthYear(),
                row.gender() == null ? null : row.gender().name(), row.jobTitle(), row.deceased());
        NominationForm form = new NominationForm(null, row.nomineeId(), row.nomineeId() == null ? person : null, type,
                proposing.getCode(), row.movement(), row.yearFrom(), row.yearTo(), row.summary());
        Nominee nominee;
        if (row.nomineeId() != null) {
            nominee = drafts.nominee(form, home, user(), today);
        } else {
            nominee = new Nominee(row.kind(), row.name(), home, user())
                    .person(row.birthYear(), row.gender(), row.jobTitle());
            nominee.markDeceased(row.deceased());
            existing(nominee).ifPresent(id -> {
                throw new BusinessException("batch.import.nomineeExists", row.name(), String.valueOf(id));
            });
        }
        drafts.describe(new Nomination(nominee, proposing, user()), drafts.awardType(type), form, user());
        return new Planned(row.number(), row.nomineeId(), person, home, form);
    }

    /** The row's unit: the batch's unit when none is named, else that unit if it is the batch's or below it. */
    private OrgUnit home(String code, OrgUnit proposing, LocalDate today) {
        if (code == null) {
            return proposing;
        }
        OrgUnit unit = orgUnits.find(code, today)
                .orElseThrow(() -> new BusinessException("org.unit.notFound", code, today));
        if (!new NominationRoutes(em).chainIds(unit, today).contains(proposing.getId())) {
            throw new BusinessException("batch.import.unitOutside", code, proposing.nameOn(today));
        }
        return unit;
    }

    /** A nominee already recorded at the same unit with the same name, kind and birth year (or none given). */
    private Optional<Long> existing(Nominee candidate) {
        boolean year = candidate.getBirthYear() != null;
        var query = em.createQuery("select e.id from Nominee e where e.nameSearch = :name and e.kind = :kind"
                        + " and e.homeUnit = :home" + (year ? " and (e.birthYear = :year or e.birthYear is null)" : "")
                        + " order by e.id", Long.class)
                .setParameter("name", candidate.getNameSearch()).setParameter("kind", candidate.getKind())
                .setParameter("home", candidate.getHomeUnit());
        if (year) {
            query.setParameter("year", candidate.getBirthYear());
        }
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    /** The active award types by code and by name in either language, as search compares them. */
    private Map<String, String> awardTypes() {
        Map<String, String> types = new HashMap<>();
        em.createQuery("select t from AwardType t where t.active = true", AwardType.class).getResultList()
                .forEach(t -> {
                    types.put(SearchText.normalize(t.getCode()), t.getCode());
                    types.put(SearchText.normalize(t.getCode().replace('_', ' ')), t.getCode());
                    types.putIfAbsent(SearchText.normalize(t.getNameVi()), t.getCode());
                    types.putIfAbsent(SearchText.normalize(t.getNameEn()), t.getCode());
                });
        return types;
    }

    private static Object[] shown(Object[] arguments) {
        return Arrays.stream(arguments).map(a -> a == null ? "" : a).toArray();
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
