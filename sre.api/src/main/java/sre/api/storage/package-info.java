/**
 * Storage subsystem: the caller-facing {@link sre.api.storage.Storage} service and the {@link
 * sre.api.storage.StorageConnector} SPI that storage backends implement, and {@link
 * sre.api.storage.PublicFiles}, public links to stored files.
 */
@Export
@Version("1.1.0")
package sre.api.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
