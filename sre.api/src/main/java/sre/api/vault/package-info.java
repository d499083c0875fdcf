/**
 * Vault subsystem: team secrets. Caller-facing {@link sre.api.vault.Vault} and the {@link
 * sre.api.vault.VaultConnector} SPI.
 */
@Export
@Version("1.0.0")
package sre.api.vault;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
