// What each keyword of the language does, in one sentence: shown on hover and beside keyword completions.

const KEYWORD_DOCUMENTATION: Record<string, string> = {
    tree: '`tree "Title"`: the diagram\'s title; at most once, as the first statement.',
    source: '`source "url"`: where the tree comes from; shown under the title.',
    date: '`date "YYYY-MM-DD"`: the day the tree describes. `retired` and `retiring` are judged against it; without it, today.',
    direction: '`direction down|right|up|left`: the layout direction of the diagram.',
    view: '`view paths|graph`: the view the preview opens with. *paths* draws each role with its own copies of its certs; *graph* the merged prerequisite graph.',
    use: '`use aws` brings a built-in catalog\'s certs into scope (also `azure`, `google`, `cncf`; name one as `aws.security` where two share an id); `use "./file.certtree"` the certs declared in another file.',
    cert: '`cert id "Name" { level … }`: declares a certification. `level` is required; `code`, `url`, `icon`, `retiring`/`retired`, `successor` or `renamed`, `minutes`, `questions` and `price` are optional.',
    level: '`level foundational|associate|professional|specialty`: the cert\'s tier, in that order.',
    code: '`code "SAA-C03"`: the exam code.',
    url: '`url "https://…"`: the exam guide; `http` or `https` only.',
    icon: '`icon "./badge.png"`: a PNG, JPEG or SVG file inside the document\'s folder tree, drawn in the node.',
    retiring: '`retiring "YYYY-MM-DD"`: the last day of the exam, still to come by the tree\'s `date`.',
    retired: '`retired "YYYY-MM-DD"`: the last day of the exam, passed by the tree\'s `date`.',
    successor: '`successor id`: the cert that replaced this one, a different credential. The planner plans the successor where a path names this cert once it is retired.',
    renamed: '`renamed id`: this cert\'s new name, the same credential, which its holders keep. Holding either counts as holding both.',
    minutes: '`minutes 130`: how long the exam lasts.',
    questions: '`questions 65`: how many questions the exam has.',
    price: '`price 150`: the exam fee in US dollars.',
    group: '`group "Label" { … }`: a box around shared nodes and paths; groups nest.',
    area: '`area "Name" { role … }`: a job area, holding roles.',
    role: '`role "Name" { paths }`: a job role. The first step of each path is the shared node you enter by; later steps are the role\'s own nodes.',
    highlight: '`highlight "Role", …`: roles whose paths are emphasised, each in its own colour.',
    earned: '`earned id, …`: certifications you hold; drawn filled with a check mark.',
    goal: '`goal id, …`: certifications you aim for; the fewest steps there are emphasised.',
    style: '`style next|dive_deep { color "…" line solid|dashed|dotted width N }`: the look of an arrow kind.',
    '->': '`a -> b`: b is the next step after a.',
    '~>': '`a ~> b`: b is a "dive deep" step after a, drawn dashed.',
    '?': '`a?`: this step is optional; drawn with a dashed border and "(optional)".',
};

/** Markdown saying what `keyword` does, when it is one of the language's keywords. */
export function keywordDocumentation(keyword: string): string | undefined {
    return Object.hasOwn(KEYWORD_DOCUMENTATION, keyword) ? KEYWORD_DOCUMENTATION[keyword] : undefined;
}
