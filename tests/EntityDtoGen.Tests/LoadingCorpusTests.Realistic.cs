namespace EntityDtoGen.Tests;

/// <summary>
/// Cases written from how application code loads data (controllers, services, background jobs), separately from the
/// analyzer's own design, to keep its precision honest.
/// </summary>
public sealed partial class LoadingCorpusTests
{
    private static readonly (string Name, string Body)[] RealisticPositive =
    [
        // ---- EDG200: ToRead on entities loaded without the Read graph ----
        ("R200: GET by id, FirstOrDefaultAsync, null check, early return", """
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
            if (user is null)
            {
                return null;
            }

            return {|EDG200:user.ToRead()|};
            """),
        ("R200: paged list with OrderByDescending, Skip and Take", """
            const int pageSize = 10;
            var page = await db.Users
                .AsNoTracking()
                .OrderByDescending(u => u.Email)
                .Skip(2 * pageSize)
                .Take(pageSize)
                .ToListAsync(default);
            return page.Select(u => {|EDG200:u.ToRead()|}).ToList();
            """),
        ("R200: TagWith and AsSplitQuery are not includes", """
            var users = await db.Users
                .TagWith("GET /coaches/{id}/users")
                .AsSplitQuery()
                .Where(u => u.CoachId == id)
                .ToListAsync();
            return users.Select(u => {|EDG200:u.ToRead()|}).ToList();
            """),
        ("R200: including Coach is not the Read graph", """
            var user = await db.Users.Include(u => u.Coach).SingleAsync(u => u.Id == id);
            return {|EDG200:user.ToRead()|};
            """),
        ("R200: an assessment with its owner but not its questions", """
            var assessment = await db.Assessments.Include(a => a.Owner).FirstOrDefaultAsync(a => a.Id == id);
            return assessment is null ? null : {|EDG200:assessment.ToRead()|};
            """),
        ("R200: foreach building a DTO list, first level only, Where after Include", """
            var users = await db.Users
                .IncludeAssessments()
                .Where(u => u.Email.EndsWith("@example.com"))
                .ToListAsync();
            var result = new List<UserRead>();
            foreach (var user in users)
            {
                result.Add({|EDG200:user.ToRead()|});
            }

            return result;
            """),
        ("R200: method group after an in-memory filter", """
            var users = await db.Users.Where(u => ids.Contains(u.Id)).ToListAsync();
            return users.Where(u => u.CoachId != null).Select({|EDG200:UserDtoMappings.ToRead|}).ToList();
            """),
        ("R200: ToDictionaryAsync then lookups by id", """
            var byId = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id);
            return ids.Where(byId.ContainsKey).Select(key => {|EDG200:byId[key].ToRead()|}).ToList();
            """),
        ("R200: GroupBy in memory into a dictionary of assessment DTOs", """
            var assessments = await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.OwnerId)).ToListAsync();
            return assessments
                .GroupBy(a => a.OwnerId)
                .ToDictionary(g => g.Key, g => g.Select(a => {|EDG200:a.ToRead()|}).ToList());
            """),
        ("R200: await foreach over AsAsyncEnumerable", """
            var reads = new List<AssessmentRead>();
            await foreach (var a in db.Assessments.Where(a => a.OwnerId == id).AsAsyncEnumerable())
            {
                reads.Add({|EDG200:a.ToRead()|});
            }

            return reads;
            """),
        ("R200: Task.WhenAll then await the task local", """
            var usersTask = db.Users.Where(u => ids.Contains(u.Id)).ToListAsync();
            var tagsTask = db.Tags.AsNoTracking().ToListAsync();
            await Task.WhenAll(usersTask, tagsTask);
            var users = await usersTask;
            return new
            {
                Users = users.Select(u => {|EDG200:u.ToRead()|}).ToList(),
                Tags = (await tagsTask).Select(t => t.ToRead()).ToList(),
            };
            """),
        ("R200: early return in one branch", """
            if (flag)
            {
                var single = await db.Users.FirstOrDefaultAsync(u => u.Id == id);
                return single is null ? null : {|EDG200:single.ToRead()|};
            }

            return await db.Users.SelectRead().ToListAsync();
            """),
        ("R200: ThenInclude chain under Coach, not under the user", """
            var user = await db.Users
                .Include(u => u.Coach)
                .ThenInclude(c => c!.Assessments)
                .ThenInclude(a => a.Questions)
                .SingleAsync(u => u.Id == id);
            return {|EDG200:user.ToRead()|};
            """),
        ("R200: string include path rooted at Coach", """
            var user = await db.Users.Include("Coach.Assessments.Questions").SingleOrDefaultAsync(u => u.Id == id);
            return user is null ? null : {|EDG200:user.ToRead()|};
            """),
        ("R200: a later tracked query does not fix up a no-tracking list", """
            var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync();
            var assessments = await db.Assessments.Include(a => a.Questions).Where(a => ids.Contains(a.OwnerId)).ToListAsync();
            return users.Select(u => {|EDG200:u.ToRead()|}).ToList();
            """),
        ("R200: SingleOrDefaultAsync after Where, read in an anonymous envelope", """
            var user = await db.Users.AsNoTracking().Where(u => u.Id == id).SingleOrDefaultAsync();
            if (user == null)
            {
                return null;
            }

            var read = {|EDG200:user.ToRead()|};
            return new { read, ETag = user.Id.ToString("N") };
            """),
        ("R200: FindAsync through Set<T>() for an assessment", """
            var assessment = await db.Set<Assessment>().FindAsync(id);
            if (assessment is null)
            {
                return null;
            }

            return {|EDG200:assessment.ToRead()|};
            """),
        ("R200: query composed with optional filters, no includes on any path", """
            IQueryable<User> query = db.Users.AsNoTracking();
            if (flag)
            {
                query = query.Where(u => u.CoachId == id);
            }

            if (ids.Count > 0)
            {
                query = query.Where(u => ids.Contains(u.Id));
            }

            var users = await query.OrderBy(u => u.Email).ToListAsync();
            return users.Select(u => {|EDG200:u.ToRead()|}).ToList();
            """),

        // ---- EDG201: navigation read or query per item ----
        ("R201: foreach building rows reads the coach", """
            var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).Skip(0).Take(50).ToListAsync();
            var rows = new List<object>();
            foreach (var u in users)
            {
                rows.Add(new { u.Id, u.Email, CoachEmail = {|EDG201:u.Coach|}?.Email });
            }

            return rows;
            """),
        ("R201: anonymous Select over results counts assessments", """
            var users = await db.Users.Where(u => u.CoachId == id).ToListAsync();
            return users.Select(u => new { u.Id, u.Email, AssessmentCount = {|EDG201:u.Assessments|}.Count }).ToList();
            """),
        ("R201: background job, CountAsync per user", """
            var users = await db.Users.AsNoTracking().ToListAsync();
            var report = new Dictionary<Guid, int>();
            foreach (var user in users)
            {
                report[user.Id] = await {|EDG201:db.Assessments.CountAsync(a => a.OwnerId == user.Id)|};
            }

            return report;
            """),
        ("R201: nested loops, assessments included but not their questions", """
            var users = await db.Users.Include(u => u.Assessments).ToListAsync();
            var n = 0;
            foreach (var u in users)
            {
                foreach (var a in u.Assessments)
                {
                    n += {|EDG201:a.Questions|}.Count;
                }
            }

            return n;
            """),
        ("R201: Read graph included but the coach read per item", """
            var users = await db.Users.Include(u => u.Assessments).ThenInclude(a => a.Questions).ToListAsync();
            return users.Select(u => new { Read = u.ToRead(), Coach = {|EDG201:u.Coach|}?.Email }).ToList();
            """),
        ("R201: ToDictionary with a query per tag", """
            var tags = await db.Tags.ToListAsync();
            return tags.ToDictionary(t => t.Name, t => {|EDG201:db.Users.Count(u => u.Email.Contains(t.Name))|});
            """),
        ("R201: explicit filtered load per item", """
            var users = await db.Users.Where(u => ids.Contains(u.Id)).ToListAsync();
            foreach (var u in users)
            {
                await {|EDG201:db.Entry(u).Collection(x => x.Assessments).Query().Where(a => a.Title != "").LoadAsync()|};
            }

            return users.Count;
            """),
        ("R201: batch job pages with a query per batch, then reads the coach", """
            var page = 0;
            var orphans = 0;
            while (true)
            {
                var batch = await db.Users.OrderBy(u => u.Id).Skip(page * 100).Take(100).ToListAsync();
                if (batch.Count == 0)
                {
                    break;
                }

                foreach (var u in batch)
                {
                    if ({|EDG201:u.Coach|} is null)
                    {
                        orphans++;
                    }
                }

                page++;
            }

            return orphans;
            """),
        ("R201: FirstOrDefaultAsync per item in a for loop", """
            var assessments = await db.Assessments.AsNoTracking().ToListAsync();
            var titles = new List<string>();
            for (var i = 0; i < assessments.Count; i++)
            {
                var owner = await {|EDG201:db.Users.FirstOrDefaultAsync(u => u.Id == assessments[i].OwnerId)|};
                titles.Add(owner?.Email + ": " + assessments[i].Title);
            }

            return titles;
            """),
        ("R201: owner read per item of an in-memory grouping", """
            var assessments = await db.Assessments.ToListAsync();
            var emails = new List<string>();
            foreach (var group in assessments.GroupBy(a => a.OwnerId))
            {
                foreach (var a in group)
                {
                    emails.Add({|EDG201:a.Owner|}.Email);
                }
            }

            return emails;
            """),
        ("R201: SumAsync per item, navigation inside its lambda is SQL", """
            var users = await db.Users.Where(u => u.CoachId == id).ToListAsync();
            var totals = new Dictionary<Guid, int>();
            foreach (var u in users)
            {
                totals[u.Id] = await {|EDG201:db.Assessments.Where(a => a.OwnerId == u.Id).SumAsync(a => a.Questions.Count)|};
            }

            return totals;
            """),
        ("R201: a query in an in-memory Where predicate", """
            var users = await db.Users.ToListAsync();
            return users.Where(u => {|EDG201:db.Assessments.Any(a => a.OwnerId == u.Id)|}).Select(u => u.Email).ToList();
            """),
        ("R201: await foreach with questions included, owner read per item", """
            var lines = new List<string>();
            await foreach (var a in db.Assessments.Include(a => a.Questions).Where(a => a.Title != "").AsAsyncEnumerable())
            {
                lines.Add({|EDG201:a.Owner|}.Email + ": " + a.Questions.Count);
            }

            return lines;
            """),
        ("R201: Task.WhenAll over a query per item", """
            var users = await db.Users.ToListAsync();
            var counts = await Task.WhenAll(users.Select(u => {|EDG201:db.Assessments.CountAsync(a => a.OwnerId == u.Id)|}));
            return counts.Sum();
            """),
        ("R201: ToListAsync of titles per owner", """
            var owners = await db.Users.Where(u => u.CoachId == null).ToListAsync();
            var result = new Dictionary<Guid, List<string>>();
            foreach (var owner in owners)
            {
                result[owner.Id] = await {|EDG201:db.Assessments.Where(a => a.OwnerId == owner.Id).Select(a => a.Title).ToListAsync()|};
            }

            return result;
            """),
        ("R201: navigation copied to a local in the loop body", """
            var names = new List<string>();
            foreach (var u in await db.Users.AsNoTracking().ToListAsync())
            {
                var coach = {|EDG201:u.Coach|};
                if (coach != null)
                {
                    names.Add(coach.Email);
                }
            }

            return names;
            """),
        ("R201: for loop over ToArrayAsync results", """
            var assessments = await db.Assessments.OrderByDescending(a => a.Title).Take(20).ToArrayAsync();
            var n = 0;
            for (var i = 0; i < assessments.Length; i++)
            {
                n += {|EDG201:assessments[i].Questions|}.Count;
            }

            return n;
            """),
        ("R201: owner included, owner's coach not", """
            var assessments = await db.Assessments.Include(a => a.Owner).ToListAsync();
            var coached = 0;
            foreach (var a in assessments)
            {
                coached += {|EDG201:a.Owner.Coach|} is null ? 0 : 1;
            }

            return coached;
            """),
        ("R201: foreach over an in-memory filter of the results", """
            var assessments = await db.Assessments.AsNoTracking().Where(a => a.Title != "").ToListAsync();
            var emails = new List<string>();
            foreach (var a in assessments.Where(x => x.OwnerId != id).OrderBy(x => x.Title))
            {
                emails.Add({|EDG201:a.Owner|}.Email);
            }

            return emails;
            """),
        ("R201: ToLookup keyed by a navigation", """
            var assessments = await db.Assessments.ToListAsync();
            var byOwnerEmail = assessments.ToLookup(a => {|EDG201:a.Owner|}.Email);
            return byOwnerEmail.Count;
            """),
        ("R201: sorting in memory by a navigation", """
            var users = await db.Users.ToListAsync();
            return users.OrderBy(u => {|EDG201:u.Coach|}?.Email).Select(u => u.Email).ToList();
            """),
        ("R201: in-memory Where on a navigation, Enumerable.Any is no query", """
            var users = await db.Users.AsNoTracking().ToListAsync();
            return users.Where(u => {|EDG201:u.Assessments|}.Any()).Select(u => u.Id).ToList();
            """),
        ("R200+201: rows with the DTO and the coach", """
            var users = await db.Users.ToListAsync();
            var rows = new List<object>();
            foreach (var u in users)
            {
                rows.Add(new { Read = {|EDG200:u.ToRead()|}, Coach = {|EDG201:u.Coach|}?.Email });
            }

            return rows;
            """),
    ];

    private static readonly (string Name, string Body)[] RealisticNegative =
    [
        ("R-neg: GET by id with IncludeForRead and a null check", """
            var user = await db.Users.AsNoTracking().IncludeForRead().FirstOrDefaultAsync(u => u.Id == id);
            if (user is null)
            {
                return null;
            }

            return user.ToRead();
            """),
        ("R-neg: paged SelectRead with TagWith", """
            return await db.Users
                .TagWith("GET /users")
                .AsNoTracking()
                .OrderByDescending(u => u.Email)
                .Skip(20)
                .Take(10)
                .SelectRead()
                .ToListAsync(default);
            """),
        ("R-neg: Where, paging and AsSplitQuery after IncludeForRead", """
            var users = await db.Users
                .IncludeForRead()
                .Where(u => u.CoachId == id)
                .OrderBy(u => u.Email)
                .Skip(0)
                .Take(25)
                .AsSplitQuery()
                .ToListAsync();
            return users.Select(u => u.ToRead()).ToList();
            """),
        ("R-neg: coach and the Read graph included, both used in a loop", """
            var users = await db.Users
                .Include(u => u.Coach)
                .Include(u => u.Assessments)
                .ThenInclude(a => a.Questions)
                .ToListAsync();
            var rows = new List<object>();
            foreach (var u in users)
            {
                rows.Add(new { Read = u.ToRead(), Coach = u.Coach?.Email });
            }

            return rows;
            """),
        ("R-neg: generated helpers with IncludeCoach into a dictionary", """
            var users = await db.Users
                .IncludeCoach()
                .IncludeAssessments()
                .ThenIncludeQuestions()
                .AsNoTracking()
                .ToListAsync();
            return users.ToDictionary(u => u.Id, u => new { Read = u.ToRead(), CoachEmail = u.Coach?.Email });
            """),
        ("R-neg: assessments with questions, filtered and ordered", """
            var assessments = await db.Assessments
                .Include(a => a.Questions)
                .Where(a => a.OwnerId == id)
                .OrderByDescending(a => a.Title)
                .ToListAsync();
            return assessments.Select(a => a.ToRead()).ToList();
            """),
        ("R-neg: questions nest nothing", """
            var questions = await db.Questions.Where(q => q.AssessmentId == id).OrderBy(q => q.Text).ToListAsync();
            var reads = new List<QuestionRead>();
            foreach (var q in questions)
            {
                reads.Add(q.ToRead());
            }

            return reads;
            """),
        ("R-neg: tags grouped in memory", """
            var tags = await db.Tags.AsNoTracking().ToListAsync();
            return tags.GroupBy(t => t.Name.Length).ToDictionary(g => g.Key, g => g.Select(t => t.ToRead()).ToList());
            """),
        ("R-neg: navigations in the query's anonymous projection", """
            var rows = await db.Assessments
                .Where(a => a.OwnerId == id)
                .Select(a => new { a.Id, a.Title, Owner = a.Owner.Email, Questions = a.Questions.Count })
                .ToListAsync();
            var total = 0;
            foreach (var row in rows)
            {
                total += row.Questions;
            }

            return new { rows, total };
            """),
        ("R-neg: a query per requested id, Read graph included", """
            var reads = new List<UserRead>();
            foreach (var userId in ids)
            {
                var user = await db.Users.IncludeForRead().SingleAsync(u => u.Id == userId);
                reads.Add(user.ToRead());
            }

            return reads;
            """),
        ("R-neg: navigations of a parameter batch", """
            var n = 0;
            foreach (var u in given.Skip(10).Take(10))
            {
                n += u.Assessments.Count + (u.Coach is null ? 0 : 1);
            }

            return n;
            """),
        ("R-neg: explicit load of an assessment's questions", """
            var assessment = await db.Assessments.SingleAsync(a => a.Id == id);
            await db.Entry(assessment).Collection(a => a.Questions).LoadAsync();
            return assessment.ToRead();
            """),
        ("R-neg: navigation assigned by hand from a second query", """
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
            user.Assessments = await db.Assessments.AsNoTracking().Include(a => a.Questions).Where(a => a.OwnerId == id).ToListAsync();
            return user.ToRead();
            """),
        ("R-neg: fix-up by a later tracked LoadAsync with questions", """
            var users = await db.Users.Where(u => u.CoachId == id).ToListAsync();
            var userIds = users.Select(u => u.Id).ToList();
            await db.Assessments.Where(a => userIds.Contains(a.OwnerId)).Include(a => a.Questions).LoadAsync();
            return users.Select(u => u.ToRead()).ToList();
            """),
        ("R-neg: grouping by foreign key in a loop", """
            var assessments = await db.Assessments.AsNoTracking().ToListAsync();
            var byOwner = new Dictionary<Guid, List<string>>();
            foreach (var a in assessments)
            {
                if (!byOwner.TryGetValue(a.OwnerId, out var list))
                {
                    list = new List<string>();
                    byOwner[a.OwnerId] = list;
                }

                list.Add(a.Title);
            }

            return byOwner;
            """),
        ("R-neg: owned address and foreign key in an in-memory Select", """
            var users = await db.Users.AsNoTracking().ToListAsync();
            return users.Select(u => new { u.Email, City = u.Address == null ? null : u.Address.City, u.CoachId }).ToList();
            """),
        ("R-neg: the N+1 fixed with one grouped query and a dictionary", """
            var users = await db.Users.AsNoTracking().ToListAsync();
            var userIds = users.Select(u => u.Id).ToList();
            var counts = await db.Assessments
                .Where(a => userIds.Contains(a.OwnerId))
                .GroupBy(a => a.OwnerId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Key, x => x.Count);
            var rows = new List<object>();
            foreach (var u in users)
            {
                rows.Add(new { u.Id, Count = counts.GetValueOrDefault(u.Id) });
            }

            return rows;
            """),
        ("R-neg: bulk update of scalars and foreign keys, one SaveChanges", """
            var users = await db.Users.Where(u => ids.Contains(u.Id)).ToListAsync();
            foreach (var u in users)
            {
                u.Email = u.Email.ToLowerInvariant();
                u.CoachId = null;
            }

            await db.SaveChangesAsync();
            return users.Count;
            """),
        ("R-neg: clearing a reference navigation in a loop", """
            var users = await db.Users.Where(u => u.CoachId == id).ToListAsync();
            foreach (var u in users)
            {
                u.Coach = null;
            }

            await db.SaveChangesAsync();
            return users.Count;
            """),
        ("R-neg: await foreach reading an included collection", """
            var n = 0;
            await foreach (var a in db.Assessments.AsNoTracking().Include(a => a.Questions).AsAsyncEnumerable())
            {
                n += a.Questions.Count;
            }

            return n;
            """),
        ("R-neg: nested loops over the fully included graph", """
            var users = await db.Users.IncludeForRead().ToListAsync();
            var n = 0;
            foreach (var u in users)
            {
                foreach (var a in u.Assessments)
                {
                    n += a.Questions.Count;
                }
            }

            return n;
            """),
        ("R-neg: retry loop around a covered query", """
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var user = await db.Users.IncludeForRead().FirstOrDefaultAsync(u => u.Id == id);
                if (user != null)
                {
                    return user.ToRead();
                }

                await Task.Delay(100);
            }

            return null;
            """),
        ("R-neg: Task.WhenAll with SelectRead and tags", """
            var usersTask = db.Users.Where(u => ids.Contains(u.Id)).SelectRead().ToListAsync();
            var tagsTask = db.Tags.AsNoTracking().ToListAsync();
            await Task.WhenAll(usersTask, tagsTask);
            return new { Users = await usersTask, Tags = (await tagsTask).Select(t => t.ToRead()).ToList() };
            """),
        ("R-neg: include added conditionally is an unknown origin", """
            IQueryable<User> query = db.Users.AsNoTracking();
            if (flag)
            {
                query = query.IncludeForRead();
            }

            var users = await query.ToListAsync();
            return users.Select(u => u.ToRead()).ToList();
            """),
        ("R-neg: navigations in the query's Where and OrderBy", """
            var users = await db.Users
                .Where(u => u.Coach != null && u.Assessments.Any(a => a.Questions.Count > 3))
                .OrderBy(u => u.Coach!.Email)
                .ToListAsync();
            return users.Select(u => u.Email).ToList();
            """),
        ("R-neg: a correlated subquery inside one projection", """
            return await db.Users
                .Select(u => new
                {
                    u.Id,
                    Latest = db.Assessments.Where(a => a.OwnerId == u.Id).OrderByDescending(a => a.Title).Select(a => a.Title).FirstOrDefault(),
                })
                .ToListAsync();
            """),
        ("R-neg: explicit reference load of one entity", """
            var assessment = await db.Assessments.Include(x => x.Questions).SingleAsync(x => x.Id == id);
            await db.Entry(assessment).Reference(x => x.Owner).LoadAsync();
            return new { Read = assessment.ToRead(), Owner = assessment.Owner.Email };
            """),
        ("R-neg: export with TagWith, AsSplitQuery and a method group", """
            var users = await db.Users
                .TagWith("nightly export")
                .AsSplitQuery()
                .IncludeForRead()
                .OrderBy(u => u.Email)
                .ToListAsync();
            return users.Select(UserDtoMappings.ToRead).ToList();
            """),
        ("R-neg: coaches loaded once into a dictionary, looked up in the loop", """
            var users = await db.Users.AsNoTracking().ToListAsync();
            var coachIds = users.Where(u => u.CoachId != null).Select(u => u.CoachId!.Value).Distinct().ToList();
            var coaches = await db.Users.Where(u => coachIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email);
            var rows = new List<object>();
            foreach (var u in users)
            {
                rows.Add(new { u.Email, Coach = u.CoachId is Guid c && coaches.TryGetValue(c, out var e) ? e : null });
            }

            return rows;
            """),
        ("R-neg: Enumerable.Any over the loaded list in a loop", """
            var users = await db.Users.AsNoTracking().ToListAsync();
            var coaches = 0;
            foreach (var u in users)
            {
                if (users.Any(o => o.CoachId == u.Id))
                {
                    coaches++;
                }
            }

            return coaches;
            """),
        ("R-neg: await foreach over SelectRead, DTO members are not navigations", """
            var n = 0;
            await foreach (var r in db.Users.AsNoTracking().SelectRead().AsAsyncEnumerable())
            {
                n += r.Assessments.Count();
            }

            return n;
            """),
        ("R-neg: POST creates the entity, then maps it", """
            var user = new User { Id = Guid.NewGuid(), Email = "new@example.com" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.ToRead();
            """),
        ("R-neg: owner and owner's coach via a ThenInclude chain", """
            var assessments = await db.Assessments.Include(a => a.Owner).ThenInclude(o => o.Coach).ToListAsync();
            var rows = new List<object>();
            foreach (var a in assessments)
            {
                rows.Add(new { a.Title, Owner = a.Owner.Email, Coach = a.Owner.Coach?.Email });
            }

            return rows;
            """),
        ("R-neg: generated IncludeOwner and ThenIncludeCoach", """
            var assessments = await db.Assessments.IncludeOwner().ThenIncludeCoach().AsNoTracking().ToListAsync();
            return assessments.Select(a => a.Owner.Coach == null ? a.Owner.Email : a.Owner.Coach.Email).ToList();
            """),
        ("R-neg: string include path covering the graph, with Skip and Take", """
            var users = await db.Users
                .Include("Assessments.Questions")
                .OrderBy(u => u.Email)
                .Skip(10)
                .Take(10)
                .ToListAsync();
            var reads = new List<UserRead>();
            foreach (var u in users)
            {
                reads.Add(u.ToRead());
            }

            return reads;
            """),
        ("R-neg: filtered include covering the graph", """
            var user = await db.Users
                .Include(u => u.Assessments.Where(a => a.Title != "").OrderBy(a => a.Title))
                .ThenInclude(a => a.Questions)
                .FirstOrDefaultAsync(u => u.Id == id);
            return user?.ToRead();
            """),
    ];
}
