package org.jifen.api.keys;

import java.util.List;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.village.VillageMapper;

/**
 * Who holds a new key: a person's name ({@code holder}, by default the key's name) and, when that
 * person is a village member, which one ({@code memberVillage}, {@code memberId}). The member must
 * be registered; the village may be left out when the key acts for exactly one.
 */
final class KeyHolders {

    static final String VILLAGE_ID = "[a-z0-9][a-z0-9-]{0,62}";
    static final String MEMBER_ID = "[\\p{L}\\p{N}_.:@-]{1,64}";

    /** The holder of a key, and the member they are (both null: none). */
    record Holder(String holder, String memberVillage, String memberId) {
    }

    private KeyHolders() {
    }

    /** The holder of the key {@code request} creates, acting for {@code keyVillages}. */
    static Holder of(CreateKeyRequest request, List<String> keyVillages, VillageMapper villages,
            MemberMapper members) {
        String holder = request.holder() == null ? request.name().strip() : request.holder().strip();
        if (holder.isEmpty()) {
            throw new InvalidFieldException("holder", "the holder is the name of the person who holds the key; "
                    + "leave it out to use the key's name");
        }
        if (request.memberId() == null) {
            if (request.memberVillage() != null) {
                throw new InvalidFieldException("memberId", "memberVillage names the village of the holder's "
                        + "member id; give memberId too, or leave both out");
            }
            return new Holder(holder, null, null);
        }
        String village = request.memberVillage();
        if (village == null) {
            if (keyVillages.size() != 1) {
                throw new InvalidFieldException("memberVillage", "say in which village " + request.memberId()
                        + " is a member: the key does not act for exactly one village");
            }
            village = keyVillages.get(0);
        }
        if (villages.findById(village) == null) {
            throw new InvalidFieldException("memberVillage", "village " + village + " does not exist");
        }
        if (members.findById(village, request.memberId()) == null) {
            throw new InvalidFieldException("memberId", "member " + request.memberId() + " is not registered in "
                    + "village " + village + "; register the member first");
        }
        return new Holder(holder, village, request.memberId());
    }
}
