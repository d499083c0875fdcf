/**
 * Component SPI: one workflow step of an agent graph, registered as a service under its SRE name.
 */
@Export
@Version("1.3.0")
package sre.api.component;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
