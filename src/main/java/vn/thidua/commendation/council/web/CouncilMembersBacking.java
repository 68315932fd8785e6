package vn.thidua.commendation.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.commendation.council.CouncilMemberService;
import vn.thidua.commendation.council.CouncilViews;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/** The members of the council on the council page: listed, and for its managers seated and their terms ended. */
@Named
@ViewScoped
public class CouncilMembersBacking implements Serializable {

    @Inject
    private CouncilMemberService members;

    @Inject
    private CouncilBacking page;

    private List<CouncilViews.Member> list = List.of();
    private boolean manager;
    private String username;
    private boolean secretary;
    private LocalDate validFrom = Formats.today();
    private LocalDate validTo;

    /** Called by f:viewAction after the page's unit is known. */
    public void load() {
        if (page.getUnit() == null) {
            return;
        }
        list = members.list(page.getUnit(), null);
        manager = members.canManage(page.getUnit());
    }

    public List<String> completeUser(String text) {
        return members.candidates(page.getUnit(), text);
    }

    public void add() {
        CouncilViews.Member added = members.add(new CouncilMemberService.MemberForm(page.getUnit(), username,
                secretary, iso(validFrom), iso(validTo)));
        username = null;
        secretary = false;
        validTo = null;
        load();
        PageMessages.info("council.member.added", added.displayName());
    }

    /** Ends the member's term today: from today they no longer sit on the council. */
    public void end(CouncilViews.Member member) {
        members.change(member.id(), new CouncilMemberService.MemberChange(member.version(), member.secretary(),
                Formats.today().toString()));
        load();
        PageMessages.info("council.member.ended", member.displayName());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public List<CouncilViews.Member> getList() {
        return list;
    }

    public boolean isManager() {
        return manager;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public boolean isSecretary() {
        return secretary;
    }

    public void setSecretary(boolean secretary) {
        this.secretary = secretary;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
