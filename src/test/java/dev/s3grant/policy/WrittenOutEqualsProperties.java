package dev.s3grant.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.access.Caller;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The records whose {@code equals} is written out (decision 0057) compare as a record's generated {@code equals}
 * does, every component with {@link Objects#equals}, and stay consistent with their generated {@code hashCode}.
 * The values come from small pools; a pair differs in at most one component, so that many pairs are equal.
 */
class WrittenOutEqualsProperties {

    /** A record and a copy of it with at most one component taken from another record of its kind (or not a record). */
    @Provide
    Arbitrary<Object[]> pairs() {
        return Arbitraries.randoms().map(random -> {
            int kind = random.nextInt(5);
            Object a = make(kind, random);
            return new Object[] {a, random.nextInt(20) == 0 ? "not a record" : withOneComponentOf(a, make(kind, random), random)};
        });
    }

    private static Object withOneComponentOf(Object a, Object other, Random random) {
        try {
            RecordComponent[] components = a.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            int replaced = random.nextInt(components.length);
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(i == replaced ? other : a);
                types[i] = components[i].getType();
            }
            return a.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 5_000)
    void equalsComparesEveryComponentAsARecordDoes(@ForAll("pairs") Object[] pair) throws Exception {
        Object a = pair[0];
        Object b = pair[1];

        boolean componentwise = componentwiseEqual(a, b);

        assertThat(a.equals(b)).as("%s and %s", a, b).isEqualTo(componentwise);
        assertThat(a.equals(null)).isFalse();
        assertThat(a.equals(a)).isTrue();
        if (componentwise) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }

    /** What a record's generated {@code equals} tests: the same record class, and each component equal. */
    private static boolean componentwiseEqual(Object a, Object b) throws Exception {
        if (b == null || a.getClass() != b.getClass()) {
            return false;
        }
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                return false;
            }
        }
        return true;
    }

    private static Object make(int kind, Random random) {
        return switch (kind) {
            case 0 -> condition(random);
            case 1 -> principal(random);
            case 2 -> statement(random);
            case 3 -> new PolicyDocument(random.nextBoolean() ? null : "2008-10-17", pick(random, 3, WrittenOutEqualsProperties::statement));
            default -> random.nextBoolean() ? Caller.root("aws", random.nextBoolean() ? "111122223333" : "444455556666")
                    : Caller.roleSession("arn:aws:iam::111122223333:role/" + (random.nextBoolean() ? "a" : "b"), "s");
        };
    }

    private static Condition condition(Random random) {
        return new Condition(random.nextBoolean() ? "StringEquals" : "ArnLike", random.nextBoolean() ? "aws:SourceAccount" : "s3:prefix",
                strings(random));
    }

    private static Principal principal(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Principal.any();
            case 1 -> new Principal(false, Map.of("AWS", strings(random)));
            default -> new Principal(false, Map.of("Service", strings(random)));
        };
    }

    private static Statement statement(Random random) {
        return new Statement(random.nextBoolean() ? "" : "Sid", random.nextBoolean() ? Effect.Allow : Effect.Deny,
                random.nextBoolean() ? null : principal(random), random.nextInt(4) == 0 ? principal(random) : null,
                strings(random), random.nextInt(4) == 0 ? strings(random) : List.of(), strings(random), List.of(),
                pick(random, 2, WrittenOutEqualsProperties::condition));
    }

    private static List<String> strings(Random random) {
        return pick(random, 2, r -> r.nextBoolean() ? "x" : "y");
    }

    private static <T> List<T> pick(Random random, int most, java.util.function.Function<Random, T> one) {
        List<T> values = new ArrayList<>();
        int n = random.nextInt(most + 1);
        for (int i = 0; i < n; i++) {
            values.add(one.apply(random));
        }
        return values;
    }
}
