package io.github.cognitofake.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a user's build inherits from this library's POM (published unchanged, see pom.xml): the dependencies of
 * scope compile or runtime that are not optional, which Maven and Gradle both pass on. JUnit and AssertJ must not
 * be among them, or the library's versions fight the user's (a compile-scope {@code junit-jupiter-api} 5.14 here
 * beat a user's JUnit 5.10 or 6.0 whenever the library was declared first). The other half of the rule, that the
 * extension runs on the user's JUnit, is the {@code junit-5.10} and {@code junit-6} executions in pom.xml.
 */
class DependencyScopesTest {

    @Test
    void aUserInheritsOnlyTheSdkAndJackson() throws Exception {
        assertThat(inherited())
                .containsExactlyInAnyOrder(
                        "software.amazon.awssdk:cognitoidentity", "com.fasterxml.jackson.core:jackson-databind");
    }

    @Test
    void junitAndAssertJAreTheUsersOwn() throws Exception {
        assertThat(inherited()).noneMatch(d -> d.startsWith("org.junit")).noneMatch(d -> d.startsWith("org.assertj"));
        assertThat(scopeOf("org.junit.jupiter:junit-jupiter-api")).isEqualTo("provided");
        assertThat(scopeOf("org.assertj:assertj-core")).isEqualTo("provided");
    }

    private static List<String> inherited() throws Exception {
        List<String> inherited = new ArrayList<>();
        for (Element dependency : dependencies()) {
            String scope = text(dependency, "scope", "compile");
            boolean optional = Boolean.parseBoolean(text(dependency, "optional", "false"));
            if ((scope.equals("compile") || scope.equals("runtime")) && !optional) {
                inherited.add(coordinates(dependency));
            }
        }
        return inherited;
    }

    private static String scopeOf(String coordinates) throws Exception {
        for (Element dependency : dependencies()) {
            if (coordinates(dependency).equals(coordinates)) {
                return text(dependency, "scope", "compile");
            }
        }
        throw new AssertionError(coordinates + " is not a dependency of pom.xml");
    }

    /** The project's own {@code <dependencies>} (not dependencyManagement's, not a profile's). */
    private static List<Element> dependencies() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        List<Element> result = new ArrayList<>();
        for (Element dependencies : children(pom.getDocumentElement(), "dependencies")) {
            for (Element dependency : children(dependencies, "dependency")) {
                result.add(dependency);
            }
        }
        assertThat(result).as("dependencies of pom.xml").isNotEmpty();
        return result;
    }

    private static String coordinates(Element dependency) {
        return text(dependency, "groupId", "") + ":" + text(dependency, "artifactId", "");
    }

    private static String text(Element parent, String name, String fallback) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? fallback : found.get(0).getTextContent().trim();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                result.add(element);
            }
        }
        return result;
    }
}
