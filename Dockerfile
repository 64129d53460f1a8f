# Build stage: the same command as the tested production build.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY frontend frontend
COPY reports reports
RUN mvn -B -Pproduction -DskipTests package

# Run stage: a JRE, a non-root user, the embedded MariaDB's data (when used) in a volume.
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl libaio1t64 libncurses6 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /app portal
WORKDIR /app
COPY --from=build /src/target/qinglian-portal-*.jar /app/portal.jar
USER portal
ENV PORTAL_DATA_DIR=/app/data
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/portal.jar"]
