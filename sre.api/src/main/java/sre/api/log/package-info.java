/**
 * Log subsystem: agent call logs. Caller-facing {@link sre.api.log.Log} and the {@link
 * sre.api.log.LogConnector} SPI.
 */
@Export
@Version("1.0.0")
package sre.api.log;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
