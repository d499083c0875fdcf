/**
 * Code subsystem: JavaScript executions in a sandbox. Caller-facing {@link sre.api.code.Code}, the
 * {@link sre.api.code.CodeConnector} SPI (the local Rhino sandbox, later a remote executor) and the
 * request and result types.
 */
@Export
@Version("1.0.0")
package sre.api.code;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
