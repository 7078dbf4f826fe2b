package dev.kizuna.io.openpsa;

import dev.kizuna.risk.FaultTree;
import dev.kizuna.risk.Formula;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a fault tree from an Open-PSA Model Exchange Format file: {@code define-fault-tree} with
 * {@code define-gate} (formulas {@code and}, {@code or}, {@code atleast min=}, {@code not},
 * {@code constant}, and references {@code gate}, {@code basic-event}, {@code house-event},
 * {@code event}), {@code define-basic-event} with a {@code float} probability and
 * {@code define-house-event} with a {@code constant}, inside the tree or in {@code model-data}.
 * Several fault trees share one name space. The top event is the gate no other gate references.
 *
 * <p>Parsing is hardened: DOCTYPE declarations are refused outright, so neither external entities
 * nor entity expansion bombs can be used against the reader.
 */
public final class OpenPsaReader {
    private OpenPsaReader() {
    }

    /** @param top the top gate to use, or null to take the only gate that nothing references */
    public static FaultTree read(Path file, String top) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), top);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    public static FaultTree read(InputStream in, String source, String top) {
        Document document = parse(in, source);
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("opsa-mef")) {
            throw new OpenPsaException(source + ": the root element is <" + root.getTagName()
                    + ">, not <opsa-mef>: not an Open-PSA model");
        }
        return new Model(source).read(root, top);
    }

    private static Document parse(InputStream in, String source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            return builder.parse(in, source);
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new OpenPsaException(source + ": DOCTYPE declarations are not allowed in Open-PSA input"
                        + " (they can pull in external entities); remove the <!DOCTYPE ...> line");
            }
            throw new OpenPsaException(source + ":" + e.getLineNumber() + ": not well-formed XML: " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new OpenPsaException(source + ": cannot read the XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a security feature", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    private static final class Model {
        final String source;
        final Map<String, Element> gateElements = new LinkedHashMap<>();
        final Map<String, Element> basicEventElements = new LinkedHashMap<>();
        final Map<String, Boolean> houseEvents = new LinkedHashMap<>();
        final Map<String, String> displayNames = new LinkedHashMap<>();
        final Map<String, Formula> gates = new LinkedHashMap<>();
        final Map<String, FaultTree.BasicEvent> basicEvents = new LinkedHashMap<>();
        final Map<String, String> labels = new LinkedHashMap<>();
        final Set<String> referencedGates = new LinkedHashSet<>();
        String treeName;

        Model(String source) {
            this.source = source;
        }

        FaultTree read(Element root, String top) {
            for (Element child : children(root)) {
                switch (child.getTagName()) {
                    case "define-fault-tree" -> {
                        if (treeName == null) {
                            treeName = child.getAttribute("name");
                        }
                        collect(child);
                    }
                    case "model-data" -> collect(child);
                    default -> {
                        // labels, attributes, event trees, CCF groups...: not part of a fault tree's logic
                    }
                }
            }
            if (gateElements.isEmpty()) {
                throw new OpenPsaException(source + ": no <define-gate> in a <define-fault-tree>");
            }
            for (Map.Entry<String, Element> gate : gateElements.entrySet()) {
                gates.put(display(gate.getKey()), formulaOf(gate.getKey(), gate.getValue()));
                label(gate.getKey(), gate.getValue());
            }
            String topGate = top != null ? topByName(top) : onlyUnreferencedGate();
            FaultTree tree = new FaultTree(treeName == null || treeName.isEmpty() ? "fault-tree" : treeName,
                    topGate, gates, basicEvents, labels);
            try {
                tree.check();
            } catch (IllegalArgumentException e) {
                throw new OpenPsaException(source + ": " + e.getMessage());
            }
            return tree;
        }

        private void collect(Element container) {
            for (Element child : children(container)) {
                String name = child.getAttribute("name");
                switch (child.getTagName()) {
                    case "define-gate" -> define(gateElements, name, child, "gate");
                    case "define-basic-event" -> define(basicEventElements, name, child, "basic event");
                    case "define-house-event" -> {
                        requireName(name, "house event");
                        Element constant = single(child, name, "constant");
                        houseEvents.put(name, Boolean.parseBoolean(constant.getAttribute("value")));
                    }
                    default -> {
                    }
                }
            }
        }

        private void define(Map<String, Element> map, String name, Element element, String what) {
            requireName(name, what);
            if (map.put(name, element) != null) {
                throw new OpenPsaException(source + ": " + what + " " + name + " is defined twice");
            }
            for (Element child : children(element)) {
                if (child.getTagName().equals("attributes")) {
                    for (Element attribute : children(child)) {
                        if (OpenPsaNames.ID_ATTRIBUTE.equals(attribute.getAttribute("name"))) {
                            displayNames.put(name, attribute.getAttribute("value"));
                        }
                    }
                }
            }
        }

        private void requireName(String name, String what) {
            if (name == null || name.isBlank()) {
                throw new OpenPsaException(source + ": a " + what + " definition has no name");
            }
        }

        private String display(String name) {
            return displayNames.getOrDefault(name, name);
        }

        private void label(String name, Element element) {
            for (Element child : children(element)) {
                if (child.getTagName().equals("label")) {
                    labels.put(display(name), child.getTextContent().trim());
                }
            }
        }

        private Formula formulaOf(String gate, Element definition) {
            List<Element> formulas = new ArrayList<>();
            for (Element child : children(definition)) {
                if (!child.getTagName().equals("label") && !child.getTagName().equals("attributes")) {
                    formulas.add(child);
                }
            }
            if (formulas.size() != 1) {
                throw new OpenPsaException(source + ": gate " + gate + " must hold exactly one formula, it has "
                        + formulas.size());
            }
            return formula(gate, formulas.get(0));
        }

        private Formula formula(String gate, Element element) {
            String tag = element.getTagName();
            return switch (tag) {
                case "and" -> new Formula.And(arguments(gate, element));
                case "or" -> new Formula.Or(arguments(gate, element));
                case "atleast" -> {
                    int min;
                    try {
                        min = Integer.parseInt(element.getAttribute("min").trim());
                    } catch (NumberFormatException e) {
                        throw new OpenPsaException(source + ": gate " + gate + ": <atleast> needs an integer min, got '"
                                + element.getAttribute("min") + "'");
                    }
                    yield new Formula.AtLeast(min, arguments(gate, element));
                }
                case "not" -> {
                    List<Formula> args = arguments(gate, element);
                    if (args.size() != 1) {
                        throw new OpenPsaException(source + ": gate " + gate + ": <not> takes one argument, it has " + args.size());
                    }
                    yield new Formula.Not(args.get(0));
                }
                case "constant" -> new Formula.Constant(Boolean.parseBoolean(element.getAttribute("value").trim()));
                case "gate" -> gateRef(gate, element.getAttribute("name"));
                case "basic-event" -> basicEventRef(gate, element.getAttribute("name"));
                case "house-event" -> houseEventRef(gate, element.getAttribute("name"));
                case "event" -> anyRef(gate, element.getAttribute("name"));
                default -> throw new OpenPsaException(source + ": gate " + gate + ": unsupported formula <" + tag
                        + ">; supported: and, or, atleast, not, constant, gate, basic-event, house-event, event");
            };
        }

        private List<Formula> arguments(String gate, Element element) {
            List<Formula> args = new ArrayList<>();
            for (Element child : children(element)) {
                args.add(formula(gate, child));
            }
            return args;
        }

        /** Exact name first, then the part after the last '.' (Open-PSA's tree.gate paths). */
        private String resolve(Map<String, ?> map, String name) {
            if (map.containsKey(name)) {
                return name;
            }
            int dot = name.lastIndexOf('.');
            if (dot >= 0 && map.containsKey(name.substring(dot + 1))) {
                return name.substring(dot + 1);
            }
            return null;
        }

        private Formula gateRef(String gate, String name) {
            String found = resolve(gateElements, name);
            if (found == null) {
                throw new OpenPsaException(source + ": gate " + gate + " refers to undefined gate " + name);
            }
            referencedGates.add(found);
            return new Formula.GateRef(display(found));
        }

        private Formula basicEventRef(String gate, String name) {
            String found = resolve(basicEventElements, name);
            if (found == null) {
                throw new OpenPsaException(source + ": gate " + gate + " refers to undefined basic event " + name);
            }
            String display = display(found);
            if (!basicEvents.containsKey(display)) {
                basicEvents.put(display, new FaultTree.BasicEvent(display, probability(found)));
                label(found, basicEventElements.get(found));
            }
            return new Formula.EventRef(display);
        }

        private Formula houseEventRef(String gate, String name) {
            String found = resolve(houseEvents, name);
            if (found == null) {
                throw new OpenPsaException(source + ": gate " + gate + " refers to undefined house event " + name);
            }
            return new Formula.Constant(houseEvents.get(found));
        }

        private Formula anyRef(String gate, String name) {
            if (resolve(gateElements, name) != null) {
                return gateRef(gate, name);
            }
            if (resolve(basicEventElements, name) != null) {
                return basicEventRef(gate, name);
            }
            if (resolve(houseEvents, name) != null) {
                return houseEventRef(gate, name);
            }
            throw new OpenPsaException(source + ": gate " + gate + " refers to undefined event " + name);
        }

        private double probability(String event) {
            Element definition = basicEventElements.get(event);
            for (Element child : children(definition)) {
                if (child.getTagName().equals("float")) {
                    double value;
                    try {
                        value = Double.parseDouble(child.getAttribute("value").trim());
                    } catch (NumberFormatException e) {
                        throw new OpenPsaException(source + ": basic event " + event + ": '" + child.getAttribute("value")
                                + "' is not a number");
                    }
                    if (!(value >= 0 && value <= 1)) {
                        throw new OpenPsaException(source + ": basic event " + event + ": probability " + value
                                + " is not in [0, 1]");
                    }
                    return value;
                }
                if (!child.getTagName().equals("label") && !child.getTagName().equals("attributes")) {
                    throw new OpenPsaException(source + ": basic event " + event + ": only a <float value=\"p\"/>"
                            + " probability is supported, not <" + child.getTagName() + ">");
                }
            }
            throw new OpenPsaException(source + ": basic event " + event + " has no probability"
                    + " (add <float value=\"p\"/>)");
        }

        private String onlyUnreferencedGate() {
            List<String> tops = new ArrayList<>();
            for (String gate : gateElements.keySet()) {
                if (!referencedGates.contains(gate)) {
                    tops.add(gate);
                }
            }
            if (tops.size() != 1) {
                throw new OpenPsaException(source + ": " + (tops.isEmpty() ? "every gate is referenced (a cycle?)"
                        : "several gates could be the top event: " + String.join(", ", tops) + "; choose one with --top"));
            }
            return display(tops.get(0));
        }

        private String topByName(String top) {
            String found = resolve(gateElements, top);
            if (found == null) {
                for (Map.Entry<String, String> entry : displayNames.entrySet()) {
                    if (entry.getValue().equals(top) && gateElements.containsKey(entry.getKey())) {
                        found = entry.getKey();
                    }
                }
            }
            if (found == null) {
                throw new OpenPsaException(source + ": no gate named " + top);
            }
            return display(found);
        }

        private Element single(Element parent, String name, String tag) {
            for (Element child : children(parent)) {
                if (child.getTagName().equals(tag)) {
                    return child;
                }
            }
            throw new OpenPsaException(source + ": " + name + " needs a <" + tag + ">");
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
