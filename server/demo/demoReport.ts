/**
 * Demo content for Parley: a fictional draft report of an open-ended working
 * group on international security in the use of information and
 * communication technologies. All text is original and invented for the demo.
 */

/** One numbered paragraph of the demo report; `items` become a bullet list under it. */
export interface DemoParagraph {
  /** The consultation's own paragraph number. */
  number: number;
  text: string;
  items?: string[];
}

/** One lettered section of the demo report. */
export interface DemoSection {
  letter: string; // "A" .. "H"
  title: string; // e.g. "Introduction"
  paragraphs: DemoParagraph[];
}

/** Title shown as the report's first heading. */
export const demoReportTitle =
  "Draft report of the open-ended working group on security in and of the use of information and communication technologies";

/** The demo draft report, written for Parley; fictional text used to exercise numbering, lists and Unicode. */
export const demoSections: DemoSection[] = [
  {
    letter: "A",
    title: "Introduction",
    paragraphs: [
      {
        number: 1,
        text: "The open-ended working group was convened to deepen common understanding among States of the ways in which information and communication technologies bear on international peace and security. Over the course of its mandate it held five substantive sessions, a series of informal consultations and several thematic briefings, all of which informed the present draft.",
      },
      {
        number: 2,
        text: "Delegations approached the work in a constructive spirit and recognised that no single State can secure the digital environment on its own. The report therefore seeks to record areas of convergence, to note where views continue to differ, and to identify practical steps that may be taken collectively in the period ahead.",
      },
      {
        number: 3,
        text: "The working group was guided by the cumulative body of understandings reached in earlier consensus reports, which it regards as a foundation to be built upon rather than reopened. Members also took account of rapid technological change, which continues to alter both the opportunities and the risks that States must weigh.",
      },
      {
        number: 4,
        text: "Throughout its deliberations the working group benefited from the contributions of regional organisations, private companies, research institutions and civil society bodies. Their written submissions and interventions at informal meetings helped ground the discussion in operational experience and drew attention to the practical effects of policy choices on ordinary users.",
      },
      {
        number: 5,
        text: "The sections that follow address, in turn, existing and potential threats, the application of international law, rules and norms of responsible behaviour, confidence-building measures, capacity-building and regular institutional dialogue. The final section sets out the conclusions reached and the recommendations that the working group submits for the consideration of the General Assembly.",
      },
    ],
  },
  {
    letter: "B",
    title: "Existing and potential threats",
    paragraphs: [
      {
        number: 6,
        text: "States expressed growing concern that malicious activity involving information and communication technologies is becoming more frequent, more sophisticated and more damaging. Several delegations observed that incidents which once appeared isolated now form part of sustained campaigns, and that their consequences frequently cross national borders within minutes.",
      },
      {
        number: 7,
        text: "Particular attention was paid to malicious activity directed at infrastructure on which essential public services depend, since disruption of such systems can endanger lives and erode public trust in institutions. Delegations highlighted in this regard the following categories of concern:",
        items: [
          "disruptive operations against health-care facilities, energy grids and water supply systems",
          "interference with the technical core of the internet, including routing and domain name resolution",
          "ransomware campaigns that paralyse public administrations and small enterprises alike",
          "compromise of software supply chains through which a single intrusion affects many downstream users",
        ],
      },
      {
        number: 8,
        text: "The working group noted that emerging technologies, among them artificial intelligence and quantum computing, may lower the threshold for conducting harmful operations while also offering new tools for defence. States agreed that a careful and evidence-based assessment of such technologies is required, avoiding both complacency and undue alarm.",
      },
      {
        number: 9,
        text: "Delegations further stressed that the proliferation of intrusive capabilities, including commercially available tools, increases the number of actors able to cause serious harm. Some States called for greater transparency regarding the market for such capabilities, while others emphasised the responsibility of States to prevent their territory from being used for harmful purposes.",
      },
      {
        number: 10,
        text: "The working group recognised that threats are experienced unevenly and that States with limited resources may be especially exposed. It also underlined that incidents can carry differentiated effects on women, persons with disabilities and other groups, and that threat assessments benefit from taking such effects into account.",
      },
    ],
  },
  {
    letter: "C",
    title: "International law",
    paragraphs: [
      {
        number: 11,
        text: "States reaffirmed that international law, and in particular the Charter of the United Nations in its entirety, is applicable and essential to maintaining peace and stability in the use of information and communication technologies. This shared understanding was regarded by all delegations as a cornerstone of the working group's approach.",
      },
      {
        number: 12,
        text: "Delegations discussed how established principles, including sovereign equality, the settlement of disputes by peaceful means, refraining from the threat or use of force and non-intervention in the internal affairs of other States, apply to conduct in the digital domain. Views were exchanged on the thresholds at which particular operations would engage these principles.",
      },
      {
        number: 13,
        text: "Several States reiterated that international humanitarian law applies to the use of information and communication technologies in situations of armed conflict, and recalled the principles of humanity, necessity, proportionality and distinction. Other delegations cautioned that such statements must not be read as legitimising conflict in any domain, and further discussion on this question was encouraged.",
      },
      {
        number: 14,
        text: "The working group welcomed the growing number of national positions on the application of international law that States have made public, noting that these statements enhance predictability and facilitate mutual understanding. States that have not yet done so were invited to consider sharing their views on a voluntary basis.",
      },
      {
        number: 15,
        text: "Some delegations proposed that additional legally binding obligations could be developed over time, while others considered that the priority should be to clarify how existing law applies. The working group took note of these differing perspectives and agreed that they could be examined further within future dialogue without prejudging its outcome.",
      },
    ],
  },
  {
    letter: "D",
    title: "Rules, norms and principles of responsible State behaviour",
    paragraphs: [
      {
        number: 16,
        text: "States reaffirmed that voluntary, non-binding norms of responsible State behaviour reflect the expectations of the international community and help to reduce risks to international peace and security. Such norms do not replace or alter obligations under international law but complement them by setting out shared standards of conduct.",
      },
      {
        number: 17,
        text: "Delegations stressed that the value of the agreed norms depends on their implementation in practice. Many States described national measures taken to give effect to them, including the designation of points of contact, the adoption of national strategies and the establishment of interagency procedures for responding to serious incidents.",
      },
      {
        number: 18,
        text: "Particular emphasis was placed on the norm that States should not conduct or knowingly support activity that intentionally damages critical infrastructure. Several delegations proposed that States develop a shared understanding of which sectors they regard as critical, while acknowledging that each State determines its own designations in accordance with national circumstances.",
      },
      {
        number: 19,
        text: "The working group discussed the responsibility of States to respond to appropriate requests for assistance from another State whose critical infrastructure is subject to malicious activity. Delegations noted that clear channels of communication and pre-agreed procedures would make such cooperation faster and more reliable when it is most needed.",
      },
      {
        number: 20,
        text: "States also considered norms relating to the integrity of supply chains and the responsible reporting of vulnerabilities. Several delegations encouraged States to adopt coordinated disclosure policies and to work with manufacturers and researchers so that weaknesses in products are identified and remedied before they can be exploited.",
      },
      {
        number: 21,
        text: "A number of States suggested that a voluntary checklist of practical actions could assist States in assessing their own progress on norm implementation. The working group welcomed this proposal and agreed that any such tool should remain flexible, be adaptable to differing national contexts and avoid creating new reporting burdens.",
      },
    ],
  },
  {
    letter: "E",
    title: "Confidence-building measures",
    paragraphs: [
      {
        number: 22,
        text: "States agreed that confidence-building measures contribute to preventing conflict by increasing transparency, predictability and cooperation. Such measures are voluntary and can be adopted progressively, allowing each State to participate in a manner consistent with its national capacities and priorities and to build trust step by step.",
      },
      {
        number: 23,
        text: "The working group welcomed the establishment of a global, intergovernmental directory of points of contact at both the diplomatic and technical levels. Delegations stressed that the directory will only be useful if entries are kept current and if contacts are able to respond promptly during periods of heightened tension.",
      },
      {
        number: 24,
        text: "Delegations proposed that periodic communication exercises be conducted to test the responsiveness of the directory and to familiarise participants with agreed procedures. Lessons drawn from such exercises could be shared on a voluntary basis in order to refine the functioning of the directory over time.",
      },
      {
        number: 25,
        text: "States highlighted the valuable role of regional and subregional organisations, many of which have already developed their own confidence-building measures. The working group encouraged the exchange of experience between regions and noted that global and regional arrangements should be mutually reinforcing rather than duplicative.",
      },
      {
        number: 26,
        text: "Several delegations suggested additional measures, including voluntary exchanges of national policy documents, briefings on organisational structures responsible for digital security, and joint study visits. The working group invited States to consider these proposals and to report on their experience in future sessions.",
      },
    ],
  },
  {
    letter: "F",
    title: "Capacity-building",
    paragraphs: [
      {
        number: 27,
        text: "States underscored that capacity-building is central to enabling all countries to implement the framework of responsible State behaviour and to benefit fully from digital technologies. It was widely agreed that efforts should be demand-driven, nationally owned, sustainable and respectful of human rights and fundamental freedoms.",
      },
      {
        number: 28,
        text: "Delegations emphasised that capacity-building should be understood as a two-way process of mutual learning rather than a simple transfer of resources. Partnerships among developing countries, as well as triangular arrangements, were cited as effective ways of sharing relevant expertise and of adapting solutions to local conditions.",
      },
      {
        number: 29,
        text: "The working group took note with appreciation of a series of regional workshops on incident response and policy development held during the reporting period. Workshops were hosted by the following delegations, in cooperation with regional organisations, national incident response teams and academic partners:",
        items: [
          "Côte d'Ivoire, on national incident response coordination",
          "São Tomé and Príncipe, on cybersecurity for small island developing States",
          "Türkiye, on protecting critical infrastructure",
          "Paraguay, on drafting national digital security strategies",
        ],
      },
      {
        number: 30,
        text: "States noted with concern that women remain underrepresented in national delegations and technical bodies working on these questions. The working group welcomed initiatives that support the participation of women diplomats and experts, and encouraged programmes that strengthen gender perspectives in capacity-building activities.",
      },
      {
        number: 31,
        text: "Several delegations called for improved coordination among donors and implementing partners to avoid duplication and to direct support where it is most needed. A voluntary global portal that matches requests for assistance with available offers was proposed, and States were invited to consider how such a platform could be maintained.",
      },
    ],
  },
  {
    letter: "G",
    title: "Regular institutional dialogue",
    paragraphs: [
      {
        number: 32,
        text: "States agreed on the importance of a single-track, permanent and action-oriented mechanism under the auspices of the United Nations to continue their dialogue on security in the use of information and communication technologies. Such a mechanism should be inclusive, transparent and consensus-based, and should build on the work already achieved.",
      },
      {
        number: 33,
        text: "Delegations discussed possible elements of the future mechanism, including plenary sessions, dedicated thematic groups and intersessional meetings. Many States stressed that its structure should remain flexible enough to respond to new developments while avoiding an excessive burden on smaller delegations.",
      },
      {
        number: 34,
        text: "The working group recognised the valuable contributions that non-governmental stakeholders, including civil society, industry and academia, can make to its work. Delegations broadly supported modalities allowing accredited stakeholders to attend formal meetings, submit written input and take part in informal consultations, while affirming the intergovernmental character of decision-making.",
      },
      {
        number: 35,
        text: "States also underscored the need for predictable funding, including support for the participation of experts from developing countries. The working group encouraged States in a position to do so to contribute to sponsorship programmes so that the future mechanism reflects the full diversity of the membership.",
      },
    ],
  },
  {
    letter: "H",
    title: "Conclusions and recommendations",
    paragraphs: [
      {
        number: 36,
        text: "The working group concludes that the cumulative framework of responsible State behaviour remains a sound basis for collective action, and that its value depends on sustained implementation. The working group recommends that States continue to make use of this framework and report voluntarily on national progress.",
      },
      {
        number: 37,
        text: "The working group recommends that States continue to exchange views on how international law applies to the use of information and communication technologies, including by publishing national positions, and that they undertake, on a voluntary basis and in accordance with national priorities, to consider the following steps:",
        items: [
          "convening focused discussions on specific legal questions within the future mechanism",
          "supporting capacity-building in international law for legal advisers from developing countries",
          "sharing, on a voluntary basis, examples of State practice relevant to the application of existing law",
        ],
      },
      {
        number: 38,
        text: "The working group recommends that States nominate and maintain diplomatic and technical points of contact in the global directory, participate in periodic communication exercises and share lessons learned with other States. It further recommends that regional organisations be invited to share their experience in operating similar arrangements.",
      },
      {
        number: 39,
        text: "The working group recommends that States in a position to do so increase their support for capacity-building that is demand-driven and gender-sensitive, and that they improve coordination among providers of assistance. It further recommends that the proposal for a voluntary global matching portal be developed further in the future mechanism.",
      },
      {
        number: 40,
        text: "The working group recommends that the General Assembly establish a permanent mechanism for regular institutional dialogue that provides for the meaningful participation of civil society, industry and academia. It also recommends that States continue to engage in a spirit of mutual respect and cooperation to ensure an open, secure, stable, accessible and peaceful digital environment.",
      },
    ],
  },
];
