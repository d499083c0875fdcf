/**
 * Security model: access candidates, access requests, ACLs and the access-denied error. The kernel
 * checks every subsystem call with these types before a connector sees it.
 */
@Export
@Version("1.0.0")
package sre.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
