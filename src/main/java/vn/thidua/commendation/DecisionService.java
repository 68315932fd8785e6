package vn.thidua.commendation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.thidua.commendation.document.SignedDocuments;
import vn.thidua.commendation.registry.DecisionQueries;
import vn.thidua.commendation.registry.DecisionSummary;
import vn.thidua.commendation.registry.RegistryQueries;
import vn.thidua.commendation.registry.RegistryScope;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.scope.ScopeFilter;
import vn.thidua.platform.time.Formats;

/**
 * Award decisions: a leader of the granting unit signs one decision for a list of approved dossiers it holds. Each
 * dossier takes the DECIDE step of {@link NominationWorkflow} (its guards again: eligibility, separation of duties)
 * and enters the registry; the decision takes one number from the unit's register for the year, and its documents
 * (the decision and a certificate per award) are kept as signed ({@link SignedDocuments}). All or nothing: if
 * one dossier is refused, nothing is decided and the number is given back. Dossiers are locked in id order before
 * the register, as a one-dossier decision does, so that signers never wait on each other in a circle.
 * <p>
 * Decisions are read by those who see the registry ({@link RegistryScope}): issued by their units or above them.
 */
@Stateless
public class DecisionService {

    static final int MAX_DOSSIERS = 500;

    @Inject
    private jakarta.enterprise.event.Event<NominationTransitioned> transitioned;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Scope scope;

    @Inject
    private AuditLog audit;

    @Inject
    private OrgUnits orgUnits;

    /** The units whose leader the caller is today: where they may sign decisions. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public List<SigningUnit> signingUnits() {
        return new NominationQueries(em).unitsWith(user(), Set.of(Role.LEADER), Formats.today()).stream()
                .map(id -> em.find(OrgUnit.class, id)).sorted(Comparator.comparing(OrgUnit::getCode))
                .map(u -> new SigningUnit(u.getCode(), u.getName())).toList();
    }

    /** The approved dossiers {@code unitCode} holds, oldest approval first; for its officers and leaders. */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public List<AwaitingDossier> awaiting(String unitCode) {
        OrgUnit unit = unit(unitCode);
        if (!Set.of(Role.LEADER, Role.OFFICER).stream().anyMatch(rolesAt(unit)::contains)) {
            throw new NotPermittedException("decision.forbidden.read");
        }
        return em.createQuery("select n from Nomination n where n.currentUnit = :unit and n.state = :state"
                        + " order by n.stageSince, n.id", Nomination.class)
                .setParameter("unit", unit).setParameter("state", NominationState.APPROVED).getResultStream()
                .map(n -> new AwaitingDossier(n.getId(), n.getVersion(), n.getNominee().getName(),
                        n.getNominee().getKind(), n.getAwardType().getCode(), n.getAwardType().getNameVi(),
                        n.getProposingUnit().getCode(), n.getProposingUnit().getName(), n.getYearFrom(),
                        n.getYearTo(), n.getMovement() == null ? null : n.getMovement().getCode(), n.getStageSince()))
                .toList();
    }

    /**
     * Signs one decision for the chosen dossiers. Refused, in this order: the unit is unknown (404) or the caller is
     * not its leader (403); no dossier, too many, a blank or too long text, a day in the future (400); a dossier is
     * not visible (404), held elsewhere or of another award type than the first (400); then, dossier by dossier
     * with its nominee's name, whatever the table refuses, or a day of signing before its approval.
     */
    @RolesAllowed(Role.LEADER_NAME)
    public DecisionView sign(DecisionForm form) {
        DecisionForm f = form == null ? DecisionForm.EMPTY : form;
        LocalDate today = Formats.today();
        OrgUnit issuer = unit(f.unitCode());
        if (!rolesAt(issuer).contains(Role.LEADER)) {
            throw new NotPermittedException("decision.forbidden.sign", issuer.getCode());
        }
        LocalDate signedOn = f.signedOn() == null ? today : f.signedOn();
        if (signedOn.isAfter(today)) {
            throw new BusinessException("decision.signedOn.future", signedOn);
        }
        requireLength(f.subject(), Decisions.SUBJECT_LENGTH, "decision.subject.tooLong");
        requireLength(f.signerTitle(), Decisions.TITLE_LENGTH, "decision.signerTitle.tooLong");
        Map<Long, Nomination> dossiers = lockAll(chosen(f), issuer);
        AwardType type = dossiers.values().iterator().next().getAwardType();
        DossierSteps steps = steps();
        steps.lockNominees(dossiers.values());
        Decision decision = new Decisions(em).open(issuer, type, signedOn, user(), f.subject(), f.signerTitle());
        Map<Long, Long> versions = versions(f);
        for (Nomination dossier : dossiers.values()) {
            try {
                DossierFacts facts = steps.facts(dossier, null, today);
                Long version = versions.get(dossier.getId());
                NominationWorkflow.Row row = steps.permitted(dossier, NominationAction.DECIDE,
                        version == null ? Long.valueOf(dossier.getVersion()) : version, facts);
                LocalDate approved = LocalDate.ofInstant(dossier.getStageSince(), Formats.ZONE);
                if (signedOn.isBefore(approved)) {
                    throw new BusinessException("decision.signedOn.beforeApproval", approved);
                }
                transitioned.fire(steps.take(dossier, row, facts, today, () -> decision));
                flush();
            } catch (BusinessException refusal) {
                throw new DossierRefusal(dossier.getNominee().getName(), refusal);
            }
        }
        new SignedDocuments(em).keep(decision);
        audit.record("DECISION_SIGNED", "Decision", decision.getId(), null, decision.getNumber() + " | "
                + issuer.getCode() + " | " + type.getCode() + " | " + dossiers.keySet());
        return view(decision);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public DecisionPage list(String unitCode, Integer year, int offset, int limit) {
        RegistryScope visible = registryScope();
        Long unitId = unitCode == null || unitCode.isBlank() ? null : new RegistryQueries(em)
                .unitId(unitCode.trim(), Formats.today())
                .orElseThrow(() -> new BusinessException("registry.unit.unknown", unitCode.trim()));
        DecisionQueries decisions = new DecisionQueries(em);
        int size = limit <= 0 ? 20 : Math.min(limit, 100);
        return new DecisionPage(decisions.count(visible, unitId, year),
                decisions.page(visible, unitId, year, Math.max(offset, 0), size));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public DecisionView get(long id) {
        return view(visible(id));
    }

    /** The decision as a PDF, e.g. quyet-dinh-125-qd-mttq-2026.pdf, as it was signed. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public Download pdf(long id) {
        return new SignedDocuments(em).decision(visible(id));
    }

    /** The decision, if the caller may see it; otherwise "not found", as for one that does not exist. */
    private Decision visible(long id) {
        if (!new DecisionQueries(em).isVisible(registryScope(), id)) {
            throw new NotFoundException("decision.notFound", id);
        }
        return em.find(Decision.class, id);
    }

    private DecisionView view(Decision d) {
        DecisionSummary s = new DecisionQueries(em).summary(d.getId());
        return new DecisionView(d.getId(), d.getNumber(), s.issuingUnitCode(), s.issuingUnitName(), d.getYear(),
                d.getSignedOn(), d.getSignedBy(), d.getSignerName(), d.getSignerTitle(), d.getSubject(),
                d.getAwardType().getCode(), d.getAwardTypeNameVi(),
                new RegistryQueries(em).ofDecision(d.getId()));
    }

    /** The chosen ids, without repeats, in id order (the order of locking). */
    private static List<Long> chosen(DecisionForm f) {
        List<Long> ids = (f.nominations() == null ? List.<DecisionForm.Choice>of() : f.nominations()).stream()
                .map(DecisionForm.Choice::id).filter(Objects::nonNull).distinct().sorted().toList();
        if (ids.isEmpty()) {
            throw new BusinessException("decision.nominations.required");
        }
        if (ids.size() > MAX_DOSSIERS) {
            throw new BusinessException("decision.nominations.tooMany", MAX_DOSSIERS);
        }
        return ids;
    }

    private static Map<Long, Long> versions(DecisionForm f) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        f.nominations().stream().filter(c -> c.id() != null && c.version() != null)
                .forEach(c -> versions.putIfAbsent(c.id(), c.version()));
        return versions;
    }

    /** Locks the dossiers in id order; all are held by {@code issuer} and are for the same award type. */
    private Map<Long, Nomination> lockAll(List<Long> ids, OrgUnit issuer) {
        DossierSteps steps = steps();
        ScopeFilter visible = scope.filter(Action.READ, Formats.today());
        Map<Long, Nomination> dossiers = new LinkedHashMap<>();
        AwardType type = null;
        for (Long id : ids) {
            Nomination dossier = steps.locked(id, visible);
            if (!dossier.getCurrentUnit().getId().equals(issuer.getId())) {
                throw new DossierRefusal(dossier.getNominee().getName(),
                        new BusinessException("decision.nomination.elsewhere", issuer.getName()));
            }
            if (type != null && !type.getId().equals(dossier.getAwardType().getId())) {
                throw new BusinessException("decision.awardTypes.mixed", type.getNameVi(),
                        dossier.getAwardType().getNameVi());
            }
            type = dossier.getAwardType();
            dossiers.put(id, dossier);
        }
        return dossiers;
    }

    private OrgUnit unit(String code) {
        if (code == null || code.isBlank()) {
            throw new BusinessException("decision.unit.required");
        }
        return orgUnits.find(code, Formats.today())
                .orElseThrow(() -> new NotFoundException("decision.unit.unknown", code.trim()));
    }

    private Set<Role> rolesAt(OrgUnit unit) {
        return new NominationQueries(em).rolesAt(user(), unit.getId(), Formats.today());
    }

    private static void requireLength(String text, int length, String key) {
        if (text != null && text.strip().length() > length) {
            throw new BusinessException(key, length);
        }
    }

    private RegistryScope registryScope() {
        return RegistryScope.of(scope);
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("nomination.changed");
        }
    }

    private DossierSteps steps() {
        return new DossierSteps(em, audit, user());
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
