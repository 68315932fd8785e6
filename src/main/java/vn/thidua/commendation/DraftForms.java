package vn.thidua.commendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.thidua.movement.Movement;
import vn.thidua.movement.Movements;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;

/**
 * Reads a proposer's {@link NominationForm} into a dossier, inside the service's transaction: the award type, the
 * proposing unit, the nominee (an existing one the caller may see, or a new one recorded at the proposing unit) and
 * what the dossier is for. Each problem is refused with a message the proposer can act on.
 */
@ApplicationScoped
public class DraftForms {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrgUnits orgUnits;

    @Inject
    private Movements movements;

    @Inject
    private Scope scope;

    AwardType awardType(String code) {
        if (code == null || code.isBlank()) {
            throw new BusinessException("nomination.awardType.required");
        }
        AwardType type = em.createQuery("select t from AwardType t where t.code = :code", AwardType.class)
                .setParameter("code", code.trim().toUpperCase(Locale.ROOT)).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("awardType.unknown", code));
        if (!type.isActive()) {
            throw new BusinessException("awardType.inactive", type.getNameVi());
        }
        return type;
    }

    /** The unit named, or the caller's only unit as an officer or leader when none is named. */
    OrgUnit proposingUnit(String code, String user, LocalDate today) {
        if (code == null || code.isBlank()) {
            List<Long> units = new NominationQueries(em).unitsWith(user, NominationWorkflow.DRAFTERS, today);
            if (units.size() != 1) {
                throw new BusinessException("nomination.unit.required");
            }
            return em.find(OrgUnit.class, units.get(0));
        }
        return orgUnits.find(code, today).orElseThrow(() -> new NotFoundException("org.unit.notFound", code, today));
    }

    boolean mayDraft(String user, OrgUnit unit, LocalDate today) {
        return new NominationQueries(em).rolesAt(user, unit.getId(), today).stream()
                .anyMatch(NominationWorkflow.DRAFTERS::contains);
    }

    /** The nominee of the form: an existing one in the caller's scope, or a new one recorded at {@code unit}. */
    Nominee nominee(NominationForm form, OrgUnit unit, String user, LocalDate today) {
        if (form.nomineeId() != null) {
            Nominee nominee = em.find(Nominee.class, form.nomineeId());
            if (nominee == null || !scope.covers(Action.READ, nominee.getHomeUnit().getId(),
                    lastDay(nominee.getHomeUnit(), today))) {
                throw new NotFoundException("nominee.notFound", form.nomineeId());
            }
            return nominee;
        }
        NominationForm.NewNominee data = form.nominee();
        if (data == null) {
            throw new BusinessException("nomination.nominee.required");
        }
        Nominee nominee = new Nominee(RecipientKind.parse(data.kind()), data.name(), unit, user)
                .person(data.birthYear(), Gender.parse(data.gender()), data.jobTitle());
        nominee.markDeceased(Boolean.TRUE.equals(data.deceased()));
        em.persist(nominee);
        return nominee;
    }

    /** Sets the award type, movement, period and summary, checked against the nominee and the proposing unit. */
    void describe(Nomination nomination, AwardType type, NominationForm form, String user) {
        RecipientKind kind = nomination.getNominee().getKind();
        if (!type.accepts(kind)) {
            throw new BusinessException("nomination.recipientKind." + kind.name(), type.getNameVi());
        }
        if (type.getGrantingLevel().getRank() > nomination.getProposingUnit().getLevel().getRank()) {
            throw new BusinessException("nomination.grantingLevel.below", type.getNameVi());
        }
        Integer from = form.yearFrom() != null ? form.yearFrom() : form.yearTo();
        Integer to = form.yearTo() != null ? form.yearTo() : form.yearFrom();
        if (from == null) {
            throw new BusinessException("nomination.years.required");
        }
        Movement movement = form.movement() == null || form.movement().isBlank() ? null
                : movements.find(form.movement());
        nomination.describe(type, movement, from, to, form.summary(), user);
    }

    /** A day the unit existed: today, or its last day if it has since been merged or closed. */
    static LocalDate lastDay(OrgUnit unit, LocalDate today) {
        return unit.isValidOn(today) || unit.getValidTo() == null ? today : unit.getValidTo().minusDays(1);
    }
}
