package org.markaz.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.markaz.children.ChildrenService;
import org.markaz.core.feature.SampleContext;
import org.markaz.core.feature.SampleShare;
import org.markaz.core.i18n.Language;
import org.markaz.core.security.Actor;
import org.markaz.core.security.Role;
import org.markaz.shared.SampleChildren;

/**
 * The cases' share of the sample centre: cases at every stage (unassigned, assessed, a draft plan,
 * an approved plan due for review this week, a reviewed plan in its second version, a programme in
 * its sixth month, a closed case), plans in Tajik and in Russian, one of 30 actions over several
 * pages, and case notes. Dated back from the day the sample is loaded, so it always looks current.
 */
public final class CasesSample implements SampleShare {

    /**
     * The sample writes as the centre's director would (only a director may approve), under the
     * sample's own name in the audit trail and the director's on the printed plans.
     */
    private static final Actor SAMPLE_DIRECTOR = new Actor(null, "sample data", "Фарҳод Назаров", Role.DIRECTOR, Language.TAJIK);

    private SampleContext context;
    private CaseloadService caseloads;
    private CaseRecordService records;
    private CarePlanService plans;

    @Override
    public void load(SampleContext sample) {
        this.context = sample;
        this.caseloads = sample.services().get(CaseloadService.class);
        this.records = sample.services().get(CaseRecordService.class);
        this.plans = sample.services().get(CarePlanService.class);
        long gulnora = worker("Гулнора Саидова");
        long olga = worker("Ольга Петренко");

        long hasanov = open(CaseType.PROGRAMME, gulnora, 88, "Юсуф Ҳасанов", "Оиша Ҳасанова");
        assess(hasanov, 80, tajikAssessment());
        long plan = plans.saveDraft(SAMPLE_DIRECTOR, hasanov, thirtyActions());
        plans.approve(SAMPLE_DIRECTOR, plan, daysAgo(87));
        note(hasanov, NoteKind.HOME_VISIT, 60, gulnora, 70, "Ташриф ба хона дар деҳаи Унҷӣ: бибӣ ва бобо ғамхоранд, вале ҳезум барои зимистон нест.");
        note(hasanov, NoteKind.PHONE_CALL, 10, gulnora, 12, "Бо модар дар Русия (Маскав) бо WhatsApp гап задем: моҳе як маротиба пул мефиристад.");
        records.addChronologyEvent(SAMPLE_DIRECTOR, hasanov, daysAgo(600), "Падару модар барои кор ба Русия рафтанд; кӯдакон бо бибию бобо монданд.");

        long smirnov = open(CaseType.PROGRAMME, olga, 160, "Артём Смирнов");
        assess(smirnov, 150, russianAssessment());
        long first = plans.saveDraft(SAMPLE_DIRECTOR, smirnov, russianPlan());
        plans.approve(SAMPLE_DIRECTOR, first, daysAgo(150));
        CarePlan approved = plans.plan(SAMPLE_DIRECTOR, first).orElseThrow();
        long second = plans.recordReview(SAMPLE_DIRECTOR, first, new ReviewDetails(daysAgo(58),
                "Мать (Елена Смирнова), Ольга Петренко, Фарҳод Назаров, логопед Нигина Давлатова",
                "Занятия с логопедом продолжить; помощь с пособием получена.",
                Map.of(approved.actions().get(0).id(), Progress.DONE, approved.actions().get(1).id(), Progress.PARTLY,
                        approved.actions().get(2).id(), Progress.NOT_DONE)));
        plans.approve(SAMPLE_DIRECTOR, second, daysAgo(56));
        note(smirnov, NoteKind.CONTACT, 45, olga, 30, "Мама пришла в центр: справка для пособия получена, ищет работу в Худжанде.");
        note(smirnov, NoteKind.GROUP_SESSION, 90, olga, 7, "Группа «Заботливые родители» (Mellow Parenting), занятие 6: мама была, активно участвовала.");

        long boboeva = open(CaseType.SHORT_TERM, gulnora, 20, "Меҳрона Бобоева");
        assess(boboeva, 15, crisisAssessment());
        plans.saveDraft(SAMPLE_DIRECTOR, boboeva, new PlanDraft("Модари ҷавон аз хонаи шавҳар ронда шудааст ва ҷои зист надорад.",
                "Агар модар ҷой наёбад, будубоши «Модару кӯдак» то як моҳ дароз карда мешавад.", null, List.of(
                action(Indicator.SAFE, "Ҷои зисти бехатар", "Модару кӯдак ҷои доимӣ доранд", "Бо ҷамоат ва хешовандон дар бораи ҷой гуфтугӯ",
                        "Суроғаи нав", 25, "Гулнора Саидова"),
                action(Indicator.INCLUDED, "Шаҳодатномаи таваллуди кӯдак нест", "Шаҳодатнома гирифта шуд",
                        "Бо модар ба ФҲАС меравем", "Нусхаи шаҳодатнома дар парванда", 14, "Гулнора Саидова"))));
        note(boboeva, NoteKind.CONTACT, 30, gulnora, 2, "Суҳбат бо модар дар шуъбаи «Модару кӯдак»: хола дар Чкаловск шояд ҷой диҳад.");

        open(CaseType.PROGRAMME, null, 3, "Амир Сафаров");

        long juraev = open(CaseType.SHORT_TERM, olga, 40, "Каримҷон Ҷӯраев", "Нилуфар Ҷӯраева");
        note(juraev, NoteKind.HOME_VISIT, 50, olga, 35, "Визит на дом: отец вернулся из России, семья просит помощь с продуктами.");

        long tursunov = open(CaseType.PROGRAMME, gulnora, 230, "Шоҳрух Турсунов", "Ситора Турсунова", "Бекзод Турсунов");
        note(tursunov, NoteKind.HOME_VISIT, 60, gulnora, 40, "Ташрифи охирин: оила устувор аст, падар кор дорад, кӯдакон ба боғча мераванд.");
        caseloads.close(SAMPLE_DIRECTOR, tursunov, daysAgo(35), Set.of(CaseOutcome.GOALS_MET, CaseOutcome.RELINQUISHMENT_PREVENTED),
                "Барнома бо муваффақият анҷом ёфт.");

        parentingGroup(gulnora);
    }

    /** A Mellow Parenting group in its seventh week: four mothers and grandmothers, weekly sessions, not everyone every time. */
    private void parentingGroup(long facilitator) {
        ParentingGroupService groups = context.services().get(ParentingGroupService.class);
        Map<String, Long> carers = context.get(SampleChildren.class).carerIds();
        long group = groups.createGroup(SAMPLE_DIRECTOR, new ParentingGroups.NewGroup("Волидайни ғамхор (Mellow Parenting), тирамоҳ",
                daysAgo(42), context.today().plusDays(56), facilitator));
        List<Long> members = new ArrayList<>();
        for (String key : List.of("c01", "c03", "c05", "c08")) {
            long carer = carers.get(key);
            groups.addCarer(SAMPLE_DIRECTOR, group, carer);
            members.add(carer);
        }
        String[] topics = {"Шиносоӣ ва қоидаҳои гурӯҳ", "Бозӣ бо кӯдак", "Хӯрок ҳамчун вақти якҷоя", "Вақте ки кӯдак гиря мекунад",
                "Хотираҳои кӯдакии худамон", "Ором кардани кӯдак"};
        for (int week = 0; week < topics.length; week++) {
            Set<Long> came = new LinkedHashSet<>(members);
            came.remove(members.get(week % members.size()));
            if (week == 0) {
                came.addAll(members);
            }
            groups.recordSession(SAMPLE_DIRECTOR, group, daysAgo(42 - 7 * week), topics[week], came);
        }
    }

    private long worker(String name) {
        return caseloads.keyWorkers(SAMPLE_DIRECTOR).stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Sample key worker " + name + " missing")).staffId();
    }

    private LocalDate daysAgo(int days) {
        return context.today().minusDays(days);
    }

    private long open(CaseType type, Long keyWorker, int daysAgo, String... childNames) {
        SampleChildren people = context.get(SampleChildren.class);
        Set<Long> children = new LinkedHashSet<>();
        for (String name : childNames) {
            Long id = people.childIds().get(name);
            if (id == null) {
                throw new IllegalStateException("Sample case: no child " + name + " in children.csv");
            }
            children.add(id);
        }
        long familyId = context.services().get(ChildrenService.class).child(context.actor(), children.iterator().next())
                .orElseThrow().details().familyId();
        CaseloadResult result = caseloads.open(SAMPLE_DIRECTOR, new CaseOpening(familyId, null, type, children, keyWorker,
                daysAgo(daysAgo), true));
        return ((CaseloadResult.Done) result).caseId();
    }

    private void assess(long caseId, int daysAgo, AssessmentDetails details) {
        records.saveAssessment(SAMPLE_DIRECTOR, caseId, new AssessmentDetails(daysAgo(daysAgo), details.growDevelop(),
                details.careNeeds(), details.widerWorld(), details.childViews(), details.parentViews(), details.scores()));
    }

    private void note(long caseId, NoteKind kind, int minutes, long worker, int daysAgo, String text) {
        records.addNote(SAMPLE_DIRECTOR, caseId, new NoteDetails(kind, daysAgo(daysAgo), minutes, text, worker));
    }

    private PlanAction action(Indicator indicator, String need, String outcome, String what, String how, int inDays, String who) {
        return new PlanAction(null, indicator, need, outcome, what, how, context.today().plusDays(inDays), who);
    }

    private static Map<Indicator, AssessmentDetails.Score> scores(int... values) {
        Map<Indicator, AssessmentDetails.Score> scores = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            scores.put(indicator, new AssessmentDetails.Score(values[indicator.ordinal()], null));
        }
        return scores;
    }

    private static AssessmentDetails tajikAssessment() {
        return new AssessmentDetails(null, "Юсуф ба мактаб омода мешавад, хуб гап мезанад; Оиша сеюм сол аст, нутқаш каме ақиб мондааст.",
                "Бибӣ (67-сола) ғамхор аст, вале бемор ва хаста; бобо дар бозор кор мекунад.",
                "Хона дар деҳаи Унҷӣ, сард ва намнок; ҳамсояҳо ёрӣ медиҳанд; мактаб наздик аст.",
                "Юсуф: «Ман модарамро пазмон шудам, мехоҳам ба мактаб равам».",
                "Бибӣ мехоҳад кӯдаконро дар хона нигоҳ дорад, агар барои ҳезум ва дору кӯмак бошад.", scores(2, 2, 3, 3, 3, 3, 3, 2));
    }

    private static AssessmentDetails russianAssessment() {
        return new AssessmentDetails(null, "Артём развивается по возрасту, но речь отстаёт примерно на год.",
                "Мама одна воспитывает сына, работу потеряла; заботится хорошо, но устала и в долгах.",
                "Съёмная комната в Худжанде; родных в городе нет; соседка иногда помогает.",
                "Артём говорит, что любит машинки и ходить в центр.", "Мама хочет остаться с сыном и найти работу.",
                scores(3, 3, 2, 3, 3, 3, 3, 2));
    }

    private static AssessmentDetails crisisAssessment() {
        return new AssessmentDetails(null, "Кӯдак ду моҳа аст, вазнаш меафзояд.", "Модар 19-сола аст, ғамхор, вале дар ҳолати стресс.",
                "Ҷои зист нест; хешовандон дар Чкаловск.", null, "Модар мехоҳад бо кӯдак бимонад.", scores(1, 3, 3, 3, 3, 2, 3, 1));
    }

    /** The Ҳасановs' plan: 30 actions, in Tajik, over several printed pages. */
    private PlanDraft thirtyActions() {
        String[][] needs = {
                {"Ҳезум ва гармӣ барои зимистон", "Хона гарм аст", "Аз фонди «Оилаҳо бо ҳам» ҳезум ва кӯрпа", "Ташриф дар моҳи январ"},
                {"Дорухои бибӣ", "Бибӣ дору мегирад", "Бо маркази саломатӣ гуфтугӯ", "Дафтари тиббӣ"},
                {"Нутқи Оиша", "Оиша ҷумлаҳои кӯтоҳ мегӯяд", "Ҳафтае ду бор бо логопед", "Арзёбии логопед"},
                {"Мактаби Юсуф", "Юсуф ба синфи 1 меравад", "Ҳуҷҷатҳо ва либоси мактабӣ", "Номнавис дар мактаб"},
                {"Пайванд бо модару падар", "Кӯдакон ҳафтае як бор бо волидон гап мезананд", "Телефон ва интернет барои бибӣ",
                        "Суҳбат бо бибӣ"},
                {"Ғизои кофӣ", "Кӯдакон се бор хӯрок мехӯранд", "Қуттии ғизо ҳар моҳ", "Вазн дар дафтари тиббӣ"},
        };
        Indicator[] indicators = {Indicator.SAFE, Indicator.HEALTHY, Indicator.ACHIEVING, Indicator.ACHIEVING, Indicator.NURTURED,
                Indicator.HEALTHY};
        List<PlanAction> actions = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String[] need = needs[i % needs.length];
            actions.add(action(indicators[i % indicators.length], need[0] + " (қадами " + (i / needs.length + 1) + ")", need[1],
                    need[2], need[3], 7 * (i + 1), i % 3 == 0 ? "Бибӣ (Саодат Ҳасанова)" : "Гулнора Саидова"));
        }
        return new PlanDraft("Падару модар дар Русия кор мекунанд; бибии бемор наметавонад танҳо ғамхорӣ кунад ва дар бораи "
                + "супоридани кӯдакон ба муассиса фикр мекард.", "Агар бибӣ бистарӣ шавад, хола (Гулчеҳра) кӯдаконро мегирад; "
                + "корманд ҳамон рӯз ташриф меорад.", daysAgo(88), actions);
    }

    private PlanDraft russianPlan() {
        return new PlanDraft("Мама-одиночка потеряла работу и думала отдать сына в интернат.",
                "Если мама не сможет платить за комнату, центр поможет с временным жильём (мать и дитя).", daysAgo(152), List.of(
                action(Indicator.INCLUDED, "Пособие на ребёнка", "Пособие назначено", "Помочь собрать документы для соцзащиты",
                        "Решение соцзащиты", -120, "Ольга Петренко"),
                action(Indicator.ACHIEVING, "Задержка речи", "Артём говорит фразами", "Логопед дважды в неделю",
                        "Оценка логопеда", -60, "Нигина Давлатова"),
                action(Indicator.NURTURED, "Мама устала и одна", "Мама получает поддержку", "Группа «Заботливые родители»",
                        "Посещение 8 из 10 занятий", -30, "Мама (Елена Смирнова)")));
    }
}
