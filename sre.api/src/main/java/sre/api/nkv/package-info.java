/**
 * Namespaced key-value subsystem: caller-facing {@link sre.api.nkv.Nkv} (scoped to the caller's
 * team) and the {@link sre.api.nkv.NkvConnector} SPI.
 */
@Export
@Version("1.0.0")
package sre.api.nkv;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
