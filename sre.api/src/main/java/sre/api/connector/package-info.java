/** Service properties shared by every connector: its name, its instance id. */
@Export
@Version("1.1.0")
package sre.api.connector;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
