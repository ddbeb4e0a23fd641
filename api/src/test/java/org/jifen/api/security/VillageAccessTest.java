package org.jifen.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** The village check on its own: role, permission and scope (listed villages, region, everything). */
class VillageAccessTest {

    private final VillageMapper villages = mock(VillageMapper.class);
    private final VillageAccess access = new VillageAccess(villages);

    {
        when(villages.findById("tanyin")).thenReturn(new VillageRow("tanyin", "檀阴社区", "邛崃市 羊安街道", "Asia/Shanghai"));
        when(villages.findById("yaxi")).thenReturn(new VillageRow("yaxi", "桠溪村", "乐山市 金口河区", "Asia/Shanghai"));
        when(villages.findById("noregion")).thenReturn(new VillageRow("noregion", "无", null, "Asia/Shanghai"));
    }

    private static Authentication key(Role role, String... villages) {
        return ApiKeyAuthentication.of(new ApiKeyPrincipal("k-" + role, "test", "test", role, Set.of(villages),
                role == Role.MERCHANT ? "邛崃市" : null, null, null));
    }

    @Test
    void eachRoleHasItsPermissionsForItsVillagesOnly() {
        Authentication official = key(Role.OFFICIAL, "tanyin");
        for (Permission p : new Permission[] {Permission.EVALUATE, Permission.REGISTER_MEMBER, Permission.READ_MEMBERS,
                Permission.READ_POLICY, Permission.EDIT_POLICY, Permission.RENAME_VILLAGE, Permission.READ_AUDIT,
                Permission.REVIEW, Permission.REVERSE, Permission.ADJUST, Permission.EDIT_CATALOGUE,
                Permission.READ_REPORTS, Permission.CANCEL_REDEMPTION, Permission.READ_CATALOGUE, Permission.REDEEM}) {
            assertThat(access.can(official, "tanyin", p)).as(p.name()).isTrue();
            assertThat(access.can(official, "yaxi", p)).as(p.name()).isFalse();
        }
        assertThat(access.can(official, "tanyin", Permission.CREATE_VILLAGE)).isFalse();

        Authentication pipeline = key(Role.PIPELINE, "tanyin");
        assertThat(Permission.values()).filteredOn(p -> access.can(pipeline, "tanyin", p))
                .containsExactlyInAnyOrder(Permission.EVALUATE, Permission.REGISTER_MEMBER);

        Authentication reviewer = key(Role.REVIEWER, "tanyin", "yaxi");
        assertThat(Permission.values()).filteredOn(p -> access.can(reviewer, "yaxi", p))
                .containsExactlyInAnyOrder(Permission.READ_MEMBERS, Permission.READ_POLICY, Permission.REVIEW,
                        Permission.READ_CATALOGUE);

        Authentication auditor = key(Role.AUDITOR);
        assertThat(Permission.values()).filteredOn(p -> access.can(auditor, "yaxi", p))
                .allMatch(Permission::readOnly)
                .containsExactlyInAnyOrder(Permission.READ_MEMBERS, Permission.READ_POLICY, Permission.READ_DRAFT,
                        Permission.READ_AUDIT, Permission.READ_REPORTS, Permission.READ_CATALOGUE);

        Authentication admin = key(Role.ADMIN);
        assertThat(Permission.values()).allMatch(p -> access.can(admin, "anything", p));
    }

    @Test
    void aMerchantRedeemsInTheVillagesOfItsRegion() {
        Authentication merchant = key(Role.MERCHANT);
        assertThat(access.can(merchant, "tanyin", Permission.REDEEM)).isTrue();
        assertThat(access.can(merchant, "tanyin", Permission.CANCEL_REDEMPTION)).isTrue();
        assertThat(access.can(merchant, "tanyin", Permission.READ_CATALOGUE)).isTrue();
        assertThat(access.can(merchant, "yaxi", Permission.REDEEM)).isFalse();
        assertThat(access.can(merchant, "noregion", Permission.REDEEM)).isFalse();
        assertThat(access.can(merchant, "unknown", Permission.REDEEM)).isFalse();
        assertThat(access.can(merchant, "tanyin", Permission.READ_MEMBERS)).isFalse();
        assertThat(access.can(merchant, "tanyin", Permission.EVALUATE)).isFalse();
    }

    @Test
    void withoutAKeyNothingIsAllowed() {
        Authentication anonymous = new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        for (Permission p : Permission.values()) {
            assertThat(access.can(anonymous, "tanyin", p)).isFalse();
            assertThat(access.can(null, "tanyin", p)).isFalse();
            assertThat(access.can(key(Role.ADMIN), null, p)).isFalse();
        }
    }
}
