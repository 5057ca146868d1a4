package org.commonplace.platform.record;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Repository;
import jakarta.nosql.Embeddable;
import jakarta.nosql.Entity;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.jnosql.mapping.NoSQLRepository;
import org.eclipse.jnosql.mapping.metadata.ClassScanner;

/**
 * Finds the entities and repositories JNoSQL maps in the portal's own classes only. JNoSQL's own
 * scanner reads every class its class loader can reach, which inside Payara is the whole server:
 * ten of the thirty-five seconds a start took. This one reads {@code org.commonplace} in the
 * application's class loader, not its parents, and sorts what it finds by JNoSQL's rules: an
 * interface marked {@code @Repository} is a repository when it extends {@link DataRepository} for
 * an {@link Entity}, a custom one when it extends none. Registered in {@code META-INF/services},
 * which the application's classes list before the libraries', so JNoSQL takes it first.
 */
public final class PortalClassScanner implements ClassScanner {

  static final String PACKAGE = "org.commonplace";

  private static final Logger LOG = Logger.getLogger(PortalClassScanner.class.getName());

  private final Set<Class<?>> entities;
  private final Set<Class<?>> embeddables;
  private final Set<Class<?>> repositories;
  private final Set<Class<?>> customRepositories;

  public PortalClassScanner() {
    ClassLoader loader = PortalClassScanner.class.getClassLoader();
    try (ScanResult scan =
        new ClassGraph()
            .enableClassInfo()
            .enableAnnotationInfo()
            .acceptPackages(PACKAGE)
            .overrideClassLoaders(loader)
            .ignoreParentClassLoaders()
            .scan()) {
      entities = Set.copyOf(scan.getClassesWithAnnotation(Entity.class).loadClasses());
      embeddables = Set.copyOf(scan.getClassesWithAnnotation(Embeddable.class).loadClasses());
      List<Class<?>> marked =
          scan.getClassesWithAnnotation(Repository.class).getInterfaces().loadClasses();
      repositories =
          marked.stream()
              .filter(DataRepository.class::isAssignableFrom)
              .filter(PortalClassScanner::isForAnEntity)
              .collect(Collectors.toUnmodifiableSet());
      customRepositories =
          marked.stream()
              .filter(type -> !DataRepository.class.isAssignableFrom(type))
              .collect(Collectors.toUnmodifiableSet());
    }
    LOG.fine(
        () ->
            String.format(
                "Scanned %s: %d entities, %d embeddables, %d repositories, %d custom ones",
                PACKAGE,
                entities.size(),
                embeddables.size(),
                repositories.size(),
                customRepositories.size()));
  }

  /** The repository's first type argument, the entity it keeps, is marked {@code @Entity}. */
  private static boolean isForAnEntity(Class<?> repository) {
    for (Type type : repository.getGenericInterfaces()) {
      if (type instanceof ParameterizedType parameterized
          && parameterized.getActualTypeArguments().length > 0
          && parameterized.getActualTypeArguments()[0] instanceof Class<?> entity) {
        return entity.isAnnotationPresent(Entity.class);
      }
    }
    return false;
  }

  @Override
  public Set<Class<?>> entities() {
    return entities;
  }

  @Override
  public Set<Class<?>> repositories() {
    return repositories;
  }

  @Override
  public Set<Class<?>> embeddables() {
    return embeddables;
  }

  @Override
  public <T extends DataRepository<?, ?>> Set<Class<?>> repositories(Class<T> filter) {
    return repositories.stream()
        .filter(type -> Arrays.asList(type.getInterfaces()).contains(filter))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Set<Class<?>> repositoriesStandard() {
    List<Class<?>> standard =
        List.of(
            CrudRepository.class,
            BasicRepository.class,
            NoSQLRepository.class,
            DataRepository.class);
    return repositories.stream()
        .filter(type -> Arrays.stream(type.getInterfaces()).anyMatch(standard::contains))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Set<Class<?>> customRepositories() {
    return customRepositories;
  }
}
