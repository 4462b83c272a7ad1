package org.cxworkbench.store.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.xmi.XMLResource;

/** Load and save options for strategy files: no DTDs, no external entities, fixed output form. */
final class SecureXmiOptions {

    private SecureXmiOptions() {
    }

    /** Options that make the SAX parser refuse DOCTYPE declarations and never fetch external entities. */
    static Map<Object, Object> load() {
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put("http://javax.xml.XMLConstants/feature/secure-processing", Boolean.TRUE);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return options;
    }

    /** Options that give byte-identical output for identical content. */
    static Map<Object, Object> save() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        options.put(XMLResource.OPTION_SKIP_ESCAPE_URI, Boolean.FALSE);
        // write out every megabyte instead of building the whole document in memory first
        options.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.valueOf(1 << 20));
        return options;
    }
}
