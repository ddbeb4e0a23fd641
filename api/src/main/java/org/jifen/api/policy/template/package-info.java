/** Points-list templates shared by villages: publishing a template and republishing the villages that extend it. */
package org.jifen.api.policy.template;
