package vn.thidua.commendation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.thidua.identity.Role;

/** Made-up {@link TransitionFacts}: by default every guard holds and the caller holds no role anywhere. */
final class FakeFacts implements TransitionFacts {

    static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

    Set<Role> proposerRoles = Set.of();
    Set<Role> holderRoles = Set.of();
    boolean atGrantingUnit;
    boolean councilVotes;
    boolean publicComment;
    CouncilTally tally = new CouncilTally(3, 5, new BigDecimal("0.5"));
    Instant commentUntil = NOW.minus(Duration.ofDays(1));
    String openSession;
    boolean draftedOrChanged;
    boolean complete = true;
    String comment = "Thiếu bản sao quyết định";
    List<Refusal> ineligibility = List.of();
    boolean system;
    boolean holderClosed;
    boolean holderHasHeir;

    FakeFacts proposer(Role... roles) {
        proposerRoles = Set.of(roles);
        return this;
    }

    FakeFacts holder(Role... roles) {
        holderRoles = Set.of(roles);
        return this;
    }

    FakeFacts granting(boolean granting) {
        atGrantingUnit = granting;
        return this;
    }

    FakeFacts type(boolean council, boolean comment) {
        councilVotes = council;
        publicComment = comment;
        return this;
    }

    @Override
    public Set<Role> proposerRoles() {
        return proposerRoles;
    }

    @Override
    public Set<Role> holderRoles() {
        return holderRoles;
    }

    @Override
    public boolean atGrantingUnit() {
        return atGrantingUnit;
    }

    @Override
    public boolean councilVotes() {
        return councilVotes;
    }

    @Override
    public boolean publicComment() {
        return publicComment;
    }

    @Override
    public CouncilTally tally() {
        return tally;
    }

    @Override
    public String openSession() {
        return openSession;
    }

    @Override
    public Instant commentUntil() {
        return commentUntil;
    }

    @Override
    public Instant now() {
        return NOW;
    }

    @Override
    public boolean callerDraftedOrChanged() {
        return draftedOrChanged;
    }

    @Override
    public boolean complete() {
        return complete;
    }

    @Override
    public String comment() {
        return comment;
    }

    @Override
    public List<Refusal> ineligibility() {
        return ineligibility;
    }

    @Override
    public boolean holderClosed() {
        return holderClosed;
    }

    @Override
    public boolean holderHasHeir() {
        return holderHasHeir;
    }

    @Override
    public boolean system() {
        return system;
    }
}
