package io.github.suanzhang.reconcile;

import io.github.suanzhang.reconcile.rules.attachment.SelfEvaluationArithmeticRule;
import io.github.suanzhang.reconcile.rules.attachment.SelfEvaluationVsNarrativeRule;
import io.github.suanzhang.reconcile.rules.cross.CrossTableTotalsRule;
import io.github.suanzhang.reconcile.rules.cross.SameCodeSameFactRule;
import io.github.suanzhang.reconcile.rules.narrative.BreakdownRule;
import io.github.suanzhang.reconcile.rules.narrative.ChangeBreakdownRule;
import io.github.suanzhang.reconcile.rules.narrative.PartsChangeRule;
import io.github.suanzhang.reconcile.rules.narrative.ShareSiblingsRule;
import io.github.suanzhang.reconcile.rules.narrative.ChangeDirectionRule;
import io.github.suanzhang.reconcile.rules.narrative.DirectionWordRule;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeAmountRule;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeChangeRule;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeClassNameRule;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeCompletionRule;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeSelfConsistencyRule;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeShareRule;
import io.github.suanzhang.reconcile.rules.narrative.ScopeWordingRule;
import io.github.suanzhang.reconcile.rules.narrative.MeasureYearRule;
import io.github.suanzhang.reconcile.rules.narrative.YearReferenceRule;
import io.github.suanzhang.reconcile.rules.structure.ContentsRule;
import io.github.suanzhang.reconcile.rules.structure.BlankPageRule;
import io.github.suanzhang.reconcile.rules.structure.EmptyTableRule;
import io.github.suanzhang.reconcile.rules.structure.RequiredPartsRule;
import io.github.suanzhang.reconcile.rules.table.CompletenessRule;
import io.github.suanzhang.reconcile.rules.table.EconomicHierarchyRule;
import io.github.suanzhang.reconcile.rules.table.PrintedFormulaRule;
import io.github.suanzhang.reconcile.rules.table.SubjectHierarchyRule;
import io.github.suanzhang.reconcile.rules.table.ThreePublicColumnsRule;
import io.github.suanzhang.reconcile.rules.table.ColumnArithmeticRule;
import io.github.suanzhang.reconcile.rules.table.ChangeRowRule;
import io.github.suanzhang.reconcile.rules.text.PunctuationRule;
import io.github.suanzhang.reconcile.rules.text.ChangeReasonRule;
import io.github.suanzhang.reconcile.rules.text.TemplateTextRule;
import io.github.suanzhang.reconcile.rules.text.UnreadableTextRule;
import io.github.suanzhang.reconcile.rules.text.YearAgreementRule;
import java.util.List;

/** The rule catalogue. A new rule is added here (and {@code RulesTest} fails until it is). */
public final class Rules {
    private Rules() {
    }

    /** Every rule of the catalogue, one instance each, in the order {@link Reconciler} runs them. */
    public static List<Rule> all() {
        return List.of(
                // tables: arithmetic inside one table
                new PrintedFormulaRule(),
                new SubjectHierarchyRule(),
                new EconomicHierarchyRule(),
                new ThreePublicColumnsRule(),
                new ColumnArithmeticRule(),
                new ChangeRowRule(),
                // between tables
                new CrossTableTotalsRule(),
                new SameCodeSameFactRule(),
                new CompletenessRule(),
                // narrative against tables and against itself
                new NarrativeAmountRule(),
                new NarrativeClassNameRule(),
                new NarrativeShareRule(),
                new ShareSiblingsRule(),
                new BreakdownRule(),
                new NarrativeCompletionRule(),
                new NarrativeChangeRule(),
                new DirectionWordRule(),
                new ChangeDirectionRule(),
                new ChangeBreakdownRule(),
                new PartsChangeRule(),
                new NarrativeSelfConsistencyRule(),
                new YearReferenceRule(),
                new MeasureYearRule(),
                new ScopeWordingRule(),
                // attachments: performance self-evaluation
                new SelfEvaluationArithmeticRule(),
                new SelfEvaluationVsNarrativeRule(),
                // proof-reading: wording and punctuation of the narrative
                new TemplateTextRule(),
                new PunctuationRule(),
                new UnreadableTextRule(),
                new YearAgreementRule(),
                new ChangeReasonRule(),
                // structure: the outline and the template's parts
                new ContentsRule(),
                new RequiredPartsRule(),
                new EmptyTableRule(),
                new BlankPageRule());
    }
}
