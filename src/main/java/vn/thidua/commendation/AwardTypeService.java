package vn.thidua.commendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.thidua.identity.Role;

/** The award types, for everyone who works with nominations (their configuration by administrators comes later). */
@Stateless
public class AwardTypeService {

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public List<AwardTypeView> list() {
        return em.createQuery("select t from AwardType t order by t.sortOrder, t.code", AwardType.class)
                .getResultStream().map(AwardTypeView::of).toList();
    }
}
