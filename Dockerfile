# Builds the production jar (pre-compiled Vaadin bundle, no npm), then runs it extracted with a
# class-data-sharing archive: about 9 s to start instead of about 18 s for "java -jar" on 2 cores
# (src/bench/startup.sh measures all three layouts).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY processes processes
COPY src src
RUN ./mvnw -B -Pproduction package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app klimaflow
WORKDIR /app
COPY --from=build /src/target/klimaflow.jar /tmp/klimaflow.jar
RUN java -Djarmode=tools -jar /tmp/klimaflow.jar extract --destination /app && rm /tmp/klimaflow.jar
# training run: refreshes the context once on a throw-away H2 database and records the loaded classes
RUN cd /tmp && java -XX:ArchiveClassesAtExit=/app/klimaflow.jsa -Dspring.context.exit=onRefresh -jar /app/klimaflow.jar \
    && rm -rf /tmp/data
USER klimaflow
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-Xmx384m -XX:+UseSerialGC"
# production database and no built-in accounts: the first operator comes from KLIMAFLOW_ADMIN_USER/_PASSWORD
ENV SPRING_PROFILES_ACTIVE=postgres
# cron timers (the quarterly network meeting) run in the server's time zone
ENV TZ=Europe/Berlin
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/klimaflow.jsa", "-jar", "/app/klimaflow.jar"]
