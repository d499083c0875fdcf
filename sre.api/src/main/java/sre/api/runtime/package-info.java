/** Runtime: boot steps, readiness and the connector bindings of every subsystem. */
@Export
@Version("1.1.0")
package sre.api.runtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
