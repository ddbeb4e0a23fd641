/** Publishing a village's draft over HTTP: joins the draft and the versions through the publish gate. */
package org.jifen.api.policy.publish;
