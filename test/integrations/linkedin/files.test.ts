import { afterAll, describe, expect, it } from "vitest";
import type { LinkedInRecord } from "../../../src/domain/linkedin/records.js";
import { cleanTempDirs, readSingle } from "../../fixtures/linkedin/builders.js";

afterAll(cleanTempDirs);

const utf16 = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

describe("Shares.csv", () => {
  it("reads the 2018 UTF-16LE tab-separated variant", async () => {
    const { records } = await readSingle(
      "Shares.csv",
      utf16(
        '"Date"\t"Share Title"\t"Share Description"\t"Share Link"\t"Share Commentary"\t"Shared URL"\t"Media URL"\t"Type"\t"Visibility"\n' +
          '"2017/06/08 08:15:44 UTC"\t""\t""\t"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1"\t"Hallo Welt"\t""\t""\t"Homepage"\t"Connections"\n',
      ),
    );
    expect(records).toEqual([
      {
        kind: "share",
        date: "2017-06-08T08:15:44Z",
        shareLink: "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1",
        commentary: "Hallo Welt",
        sharedUrl: null,
        mediaUrl: null,
        visibility: "Connections",
      },
    ]);
  });

  it("undoes the per-line quoting of multi-line posts (CRLF file, 2021 header)", async () => {
    const raw =
      "Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\r\n" +
      '2025-07-01 14:33:22,https://x/1,"I\'m off.""\r\n""""\r\n""He said ""hi"" to me.""\r\n""Bye","","",MEMBER_NETWORK\r\n' +
      "2025-06-30 09:00:00,https://x/2,One line,https://lnkd.in/a,,MEMBER_NETWORK";
    const { records, events } = await readSingle("Shares.csv", raw);
    expect(records.map((r) => (r as { commentary: string }).commentary)).toEqual([
      'I\'m off.\r\n\r\nHe said "hi" to me.\r\nBye',
      "One line",
    ]);
    expect(records[1]).toMatchObject({
      sharedUrl: "https://lnkd.in/a",
      date: "2025-06-30T09:00:00Z",
    });
    expect(events.flatMap((e) => (e.type === "record" ? [e.line] : []))).toEqual([2, 6]);
  });

  it("matches the 2024 header letter case (SharedUrl, MediaUrl)", async () => {
    const { records } = await readSingle(
      "Shares_17529409.csv",
      "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2024-07-01 10:00:00,https://x/1,Hi,https://e.com,https://m.com,MEMBER_NETWORK",
    );
    expect(records[0]).toMatchObject({ sharedUrl: "https://e.com", mediaUrl: "https://m.com" });
  });
});

describe("Comments.csv", () => {
  it("unescapes backslash quotes", async () => {
    const { records } = await readSingle(
      "Comments.csv",
      'Date,Link,Message\n2025-06-17 09:50:39,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7,"Yes, it varies. Rather than \\"This is it\\", use it as \\"Here\'s how\\""\n2025-06-16 08:00:00,https://x/2,"plain, with ""doubled"" quotes"',
    );
    expect(records.map((r) => (r as { message: string }).message)).toEqual([
      'Yes, it varies. Rather than "This is it", use it as "Here\'s how"',
      'plain, with "doubled" quotes',
    ]);
  });

  it("joins unquoted continuation lines to the previous message", async () => {
    const { records, events, problems } = await readSingle(
      "Comments.csv",
      "Date,Link,Message\r\n2021-04-05 21:22:41,https://x/1,You are too fond of free things. Lol\r\nI'm jumping on this one tho\r\n\r\n2021-04-04 10:00:00,https://x/2,Second\r\n",
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        kind: "comment",
        date: "2021-04-05T21:22:41Z",
        link: "https://x/1",
        message: "You are too fond of free things. Lol\nI'm jumping on this one tho",
      },
      { kind: "comment", date: "2021-04-04T10:00:00Z", link: "https://x/2", message: "Second" },
    ]);
    expect(events.flatMap((e) => (e.type === "record" ? [e.line] : []))).toEqual([2, 5]);
  });

  it("keeps a comment with an empty date", async () => {
    const { records } = await readSingle("Comments.csv", "Date,Link,Message\n,https://x/1,Hi");
    expect(records[0]).toMatchObject({ date: null, message: "Hi" });
  });
});

describe("messages.csv", () => {
  it("reads the 2018 Messages.csv with Direction and HTML entities", async () => {
    const { records } = await readSingle(
      "Messages.csv",
      'From,To,Date,Subject,Content,Direction,Folder\nAda,Me,"10/16/18, 8:36 AM",Hi,It&rsquo;s &amp; done,INCOMING,INBOX\n',
    );
    expect(records[0]).toEqual({
      kind: "message",
      conversationId: null,
      conversationTitle: null,
      from: "Ada",
      senderProfileUrl: null,
      to: "Me",
      recipientProfileUrls: null,
      date: "2018-10-16T08:36:00Z",
      subject: "Hi",
      content: "It’s & done",
      folder: "INBOX",
      direction: "INCOMING",
      isDraft: false,
    });
  });

  it("reads the Dec 2024 header and flags drafts", async () => {
    const { records } = await readSingle(
      "messages.csv",
      "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n" +
        "2-abc==,,Ada,https://www.linkedin.com/in/ada,Bob,https://www.linkedin.com/in/bob,2024-03-20 15:09:26 UTC,,Hello &amp;,INBOX,No,No\n" +
        "2-abc==,,Ada,https://www.linkedin.com/in/ada,Bob,https://www.linkedin.com/in/bob,2024-03-21 15:09:26 UTC,,Draft,DRAFT,Yes,No\n",
    );
    expect(records.map((r) => (r as { isDraft: boolean }).isDraft)).toEqual([false, true]);
    expect(records[0]).toMatchObject({
      conversationId: "2-abc==",
      recipientProfileUrls: "https://www.linkedin.com/in/bob",
      date: "2024-03-20T15:09:26Z",
      content: "Hello &amp;",
      direction: null,
    });
  });

  it("streams a 100,000-row file and yields every record", async () => {
    const header =
      "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n";
    const rows: string[] = [header];
    for (let i = 0; i < 100_000; i++) {
      rows.push(
        `2-${i}==,,Ada,https://www.linkedin.com/in/ada,Bob,2024-03-20 15:09:26 UTC,,"msg ${i}, hi",INBOX\n`,
      );
    }
    const { records, problems } = await readSingle("messages.csv", rows.join(""));
    expect(problems).toEqual([]);
    expect(records).toHaveLength(100_000);
    expect(records[99_999]).toMatchObject({
      conversationId: "2-99999==",
      content: "msg 99999, hi",
    });
  });
});

describe("other files", () => {
  async function one(name: string, content: string): Promise<LinkedInRecord | undefined> {
    const { records, problems } = await readSingle(name, content);
    expect(problems).toEqual([]);
    return records[0];
  }

  it("Invitations: URN and URL variants", async () => {
    const urn = await one(
      "Invitations.csv",
      'From,To,Sent At,Message,Direction,inviterProfileUrn,inviteeProfileUrn\nAda,Me,"1/8/24, 6:14 PM",,INCOMING,urn:li:member:1,urn:li:member:2',
    );
    expect(urn).toMatchObject({
      sentAt: "2024-01-08T18:14:00Z",
      inviterProfileUrl: "urn:li:member:1",
    });
    const url = await one(
      "Invitations.csv",
      'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nMe,Bob,"3/2/24, 11:05 AM",Hi,OUTGOING,https://a,https://b',
    );
    expect(url).toMatchObject({
      direction: "OUTGOING",
      inviteeProfileUrl: "https://b",
      message: "Hi",
    });
  });

  it("Endorsements: adds https:// to scheme-less URLs", async () => {
    const r = await one(
      "Endorsement_Received_Info.csv",
      "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\n2022/04/01 11:05:54 UTC,TypeScript,Ada,L,www.linkedin.com/in/ada,ACCEPTED",
    );
    expect(r).toMatchObject({
      endorserProfileUrl: "https://www.linkedin.com/in/ada",
      date: "2022-04-01T11:05:54Z",
    });
  });

  it("Recommendations: pandas 'Creation Date.1' and no First Name", async () => {
    const r = await one(
      "Recommendations_Received.csv",
      'Last Name,Company,Job Title,Text,Creation Date.1,Status\nL,ACME,CTO,Great,"12/24/23, 05:28 AM",VISIBLE',
    );
    expect(r).toMatchObject({
      firstName: null,
      creationDate: "2023-12-24T05:28:00Z",
      text: "Great",
    });
  });

  it("Skills: ignores a pandas index column", async () => {
    const { records } = await readSingle("Skills.csv", ",Name\n0,Strategic Planning\n1,Python\n");
    expect(records).toEqual([
      { kind: "skill", name: "Strategic Planning" },
      { kind: "skill", name: "Python" },
    ]);
  });

  it("Positions, Education, Certifications: month precision", async () => {
    expect(
      await one(
        "Positions.csv",
        "Company Name,Title,Description,Location,Started On,Finished On\nACME,CTO,,Berlin,Jun 2018,",
      ),
    ).toMatchObject({ startedOn: "2018-06", finishedOn: null, location: "Berlin" });
    expect(
      await one(
        "Education.csv",
        'School Name,Start Date,End Date,Notes,Degree Name,Activities\nTU,2004,Dec 2021,,"Matriculation,High School",',
      ),
    ).toMatchObject({
      startDate: "2004",
      endDate: "2021-12",
      degreeName: "Matriculation,High School",
    });
    expect(
      await one(
        "Certifications.csv",
        "Name,Url,Authority,Started On,Finished On,License Number\nCKA,https://c,CNCF,Oct 2023,,123",
      ),
    ).toMatchObject({ startedOn: "2023-10", licenseNumber: "123" });
  });

  it("Company Follows, Reactions, Languages, Profile", async () => {
    expect(
      await one(
        "Company Follows.csv",
        "Organization,Followed On\nACME,Wed Mar 13 18:51:14 UTC 2024",
      ),
    ).toEqual({ kind: "company-follow", organization: "ACME", followedOn: "2024-03-13T18:51:14Z" });
    expect(
      await one("Reactions.csv", "Date,Type,Link\r\n2024-03-17 18:03:34,LIKE,https://x\r\n"),
    ).toEqual({ kind: "reaction", date: "2024-03-17T18:03:34Z", type: "LIKE", link: "https://x" });
    expect(
      await one("Languages.csv", "Name,Proficiency\nGerman,Native or bilingual proficiency"),
    ).toMatchObject({ name: "German", proficiency: "Native or bilingual proficiency" });
    expect(
      await one(
        "Profile.csv",
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\nAda,L,,,Mar 7,Engineer,,Software,,Delhi,,,",
      ),
    ).toMatchObject({
      firstName: "Ada",
      headline: "Engineer",
      geoLocation: "Delhi",
      summary: null,
    });
  });

  it("reads an empty file and a header-only file as zero records", async () => {
    for (const content of ["", "\n", "Date,Link,Message\n"]) {
      const { records, problems, events } = await readSingle("Comments.csv", content);
      expect([records, problems]).toEqual([[], []]);
      expect(events.at(-1)).toEqual({
        type: "file-done",
        file: "Comments.csv",
        records: 0,
        problems: 0,
      });
    }
    expect((await readSingle("Skills.csv", "")).records).toEqual([]);
  });

  it("drops a row whose required field is empty, with a problem", async () => {
    const { records, problems } = await readSingle(
      "Reactions.csv",
      "Date,Type,Link\n2024-03-17 18:03:34,,https://x\n2024-03-17 18:03:35,LIKE,https://y",
    );
    expect(records).toHaveLength(1);
    expect(problems).toEqual([
      { file: "Reactions.csv", line: 2, field: "Type", reason: "missing value" },
    ]);
  });
});
