package io.forecourt.common.web;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may call comes before what they send: an API resource's class-level roles are checked before
 * the request is matched, so a stranger gets 401 (a wrong role 403) rather than a 415 or 400 telling
 * them what the endpoint takes. The method-level checks still run afterwards as before.
 */
public class AccessBeforeContent {

    /**
     * A resource's path (as a pattern, sub-paths included) and the roles any of its methods allows;
     * {@code anyone} for a resource or method open to all, empty roles for any signed-in user.
     */
    record Guarded(java.util.regex.Pattern path, Set<String> roles, boolean anyone) {
        boolean covers(String p) {
            return path.matcher(p).matches();
        }
    }

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    BeanManager beans;

    private volatile List<Guarded> guarded;

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> signedInFirst(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        // every resource this path may reach: refuse only what none of them would allow
        List<Guarded> reachable = guarded().stream().filter(x -> x.covers(path)).toList();
        if (reachable.isEmpty() || reachable.stream().anyMatch(Guarded::anyone)) {
            return Uni.createFrom().voidItem();
        }
        boolean anySignedIn = reachable.stream().anyMatch(g -> g.roles().isEmpty());
        Set<String> roles = new HashSet<>();
        reachable.forEach(g -> roles.addAll(g.roles()));
        return identities.getDeferredIdentity().invoke(identity -> {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            if (!anySignedIn && roles.stream().noneMatch(identity::hasRole)) {
                throw new ForbiddenException();
            }
        }).replaceWithVoid();
    }

    private List<Guarded> guarded() {
        List<Guarded> known = guarded;
        if (known == null) {
            known = scan();
            guarded = known;
        }
        return known;
    }

    /** Resources under /api with the roles their class and methods allow. */
    private List<Guarded> scan() {
        List<Guarded> list = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class)) {
            Class<?> type = bean.getBeanClass();
            Path p = type.getAnnotation(Path.class);
            if (p == null || !p.value().startsWith("/api/")) {
                continue;
            }
            Set<String> roles = new HashSet<>();
            boolean anyone = type.isAnnotationPresent(PermitAll.class);
            boolean signedIn = type.isAnnotationPresent(Authenticated.class);
            RolesAllowed onClass = type.getAnnotation(RolesAllowed.class);
            if (onClass != null) {
                roles.addAll(List.of(onClass.value()));
            } else if (!signedIn) {
                anyone = true;
            }
            for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
                RolesAllowed onMethod = m.getAnnotation(RolesAllowed.class);
                anyone |= m.isAnnotationPresent(PermitAll.class);
                signedIn |= m.isAnnotationPresent(Authenticated.class);
                if (onMethod != null) {
                    roles.addAll(List.of(onMethod.value()));
                }
            }
            list.add(new Guarded(pattern(p.value()), signedIn ? Set.of() : Set.copyOf(roles), anyone));
        }
        return List.copyOf(list);
    }

    /** "/api/x/{id:\\d+}" → a pattern matching "/api/x/7" and anything below it. */
    static java.util.regex.Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                int depth = 1;
                while (depth > 0 && ++i < template.length()) {
                    depth += template.charAt(i) == '{' ? 1 : template.charAt(i) == '}' ? -1 : 0;
                }
                regex.append(java.util.regex.Pattern.quote(literal.toString())).append("[^/]+");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        String rest = literal.toString().replaceAll("/$", "");
        if (!rest.isEmpty()) {
            regex.append(java.util.regex.Pattern.quote(rest));
        }
        return java.util.regex.Pattern.compile(regex + "(/.*)?");
    }
}
