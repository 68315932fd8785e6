package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Security is in the service layer: every public method of every service says who may call it. */
class ServiceSecurityTest {

    private static List<Class<?>> services() throws IOException, URISyntaxException {
        Path classes = Path.of(ServiceSecurityTest.class.getResource("/i18n/messages.properties").toURI())
                .getParent().getParent();
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("vn/thidua"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, ServiceSecurityTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Stateless.class)) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        return found;
    }

    @Test
    void everyServiceMethodDeclaresWhoMayCallIt() throws Exception {
        List<Class<?>> services = services();
        assertThat(services).extracting(Class::getSimpleName)
                .contains("AccountService", "UserAdminService", "OrgUnitService", "OrgStructureService", "Scope");
        List<String> undeclared = new ArrayList<>();
        for (Class<?> service : services) {
            boolean classLevel = service.isAnnotationPresent(RolesAllowed.class)
                    || service.isAnnotationPresent(PermitAll.class);
            for (Method method : service.getDeclaredMethods()) {
                boolean declared = method.isAnnotationPresent(RolesAllowed.class)
                        || method.isAnnotationPresent(PermitAll.class);
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !classLevel && !declared) {
                    undeclared.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(undeclared).as("public service methods without @RolesAllowed or @PermitAll").isEmpty();
    }
}
