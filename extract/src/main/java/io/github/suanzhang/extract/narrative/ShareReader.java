package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimPatterns.SHARE_MARK;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.generic;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.extract.narrative.Figure.Role;
import io.github.suanzhang.extract.narrative.Figure.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * {@link ClaimKind#SHARE}: a percent after 占, with its part (the subject before 占, else the amount of the
 * clause before: {@code 项目支出240.27万元,占本年支出15.5%}) and the whole it is a share {@code of}. Stateless.
 */
final class ShareReader {
    private ShareReader() {
    }

    static List<Claim> read(SentenceAnalysis a) {
        List<Claim> out = new ArrayList<>();
        Clauses cl = a.clauses();
        Context ctx = a.context();
        for (Figure f : a.figures()) {
            if (f.role() != Role.SHARE) {
                continue;
            }
            Matcher m = SHARE_MARK.matcher(f.lead());
            m.find();
            String of = f.lead().substring(m.end()).replaceAll("的$", "");
            Map<String, Amount> figs = new LinkedHashMap<>();
            Map<String, String> attrs = new LinkedHashMap<>();
            String subject = generic(f.subject()) ? null : f.subject();
            Figure part = null;
            int start = f.leadStart();
            if (subject == null) {
                for (Figure g : a.figures()) {
                    if (g.end() <= f.start() && g.type() == Type.MONEY && g.role() == Role.AMOUNT
                            && cl.clauseIndex(g.start()) >= cl.clauseIndex(f.start()) - 1
                            && cl.segmentIndex(g.start()) == cl.segmentIndex(f.start())) {
                        part = g;
                    }
                }
                if (part != null) {
                    subject = part.subject();
                    figs.put(FigureRole.AMOUNT, part.amount());
                    attrs.putAll(part.classAttrs());
                    if (part.fromContext()) {
                        attrs.put(ClaimAttribute.CONTEXT, ctx.subject());
                    }
                    start = part.leadStart();
                } else if (!ctx.isEmpty()) {
                    subject = ctx.subject();
                    attrs.put(ClaimAttribute.CONTEXT, ctx.subject());
                }
            } else {
                attrs.putAll(f.classAttrs());
            }
            figs.put(FigureRole.PERCENT, f.amount());
            if (!of.isEmpty()) {
                attrs.put(ClaimAttribute.OF, of);
            } else if (!ctx.isEmpty() && !attrs.containsKey(ClaimAttribute.CONTEXT)) {
                attrs.put(ClaimAttribute.CONTEXT, ctx.subject());
            }
            out.add(a.claim(ClaimKind.SHARE, start, f.end(), subject, part != null ? part.code() : f.code(), figs,
                    null, null, attrs));
        }
        return out;
    }
}
