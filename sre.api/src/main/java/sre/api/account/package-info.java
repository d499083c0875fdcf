/**
 * Account subsystem: which team a candidate belongs to, and settings. Caller-facing {@link
 * sre.api.account.Account} and the {@link sre.api.account.AccountConnector} SPI.
 */
@Export
@Version("1.0.0")
package sre.api.account;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
