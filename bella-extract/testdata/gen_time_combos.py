# Generates testdata/time_combos.jsonl: day phrases x clock phrases x sentence templates,
# with the expected `when` computed here, independently of the Rust grammar (SPEC §2).
# Run from the repository root: python3 bella-extract/testdata/gen_time_combos.py
import json, random, datetime as dt
random.seed(7)
W=['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
M=['January','February','March','April','May','June','July','August','September','October','November','December']
MA=['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sept','Oct','Nov','Dec']
NUM=['zero','one','two','three','four','five','six','seven','eight','nine','ten','eleven','twelve']
ORD={1:'first',2:'second',3:'third',4:'fourth',5:'fifth',6:'sixth',7:'seventh',8:'eighth',9:'ninth',10:'tenth',11:'eleventh',12:'twelfth',13:'thirteenth',14:'fourteenth',15:'fifteenth',16:'sixteenth',17:'seventeenth',18:'eighteenth',19:'nineteenth',20:'twentieth',30:'thirtieth'}
def ordw(n):
    if n in ORD: return ORD[n]
    return ('twenty ' if n<30 else 'thirty ')+ORD[n%10]
def suf(d): return 'th' if 10<=d%100<=20 else {1:'st',2:'nd',3:'rd'}.get(d%10,'th')
refs=[('2026-11-17T10:15:00-07:00','America/Edmonton',dt.datetime(2026,11,17,10,15)),
      ('2026-11-21T11:05:00-07:00','America/Edmonton',dt.datetime(2026,11,21,11,5)),
      ('2026-12-30T16:10:00-05:00','America/Toronto',dt.datetime(2026,12,30,16,10))]
def days(now):
    t=now.date(); out=[]
    for i,w in enumerate(W):
        a=(i-t.weekday())%7 or 7
        out.append((w, t+dt.timedelta(a)))
        out.append(('on '+w, t+dt.timedelta(a)))
        mon=t-dt.timedelta(t.weekday())
        out.append(('next '+w, mon+dt.timedelta(7+i)))
        out.append((w+' next week', mon+dt.timedelta(7+i)))
    out+= [('tomorrow',t+dt.timedelta(1)),('today',t),('the day after tomorrow',t+dt.timedelta(2))]
    for d in [1,2,3,5,12,15,21,22,23,28,30,31]:
        # nearest from today
        y,m=t.year,t.month
        for k in range(14):
            try:
                c=dt.date(y+(m-1+k)//12,(m-1+k)%12+1,d)
            except ValueError: continue
            if c>=t: break
        out.append((f'the {d}{suf(d)}',c)); out.append((f'the {ordw(d)}',c))
    for mo in [1,3,6,11,12]:
        for d in [1,4,15,23]:
            c=dt.date(t.year,mo,d)
            if c<t: c=dt.date(t.year+1,mo,d)
            out+= [(f'{M[mo-1]} {d}{suf(d)}',c),(f'{MA[mo-1]}. {d}',c),(f'the {d}{suf(d)} of {M[mo-1]}',c),(f'{M[mo-1]} {ordw(d)}',c)]
    out+= [('a week from today',t+dt.timedelta(7)),('in a week',t+dt.timedelta(7))]
    for i,w in enumerate(W):
        a=(i-t.weekday())%7 or 7
        out.append(('this '+w, t+dt.timedelta(a)))
        mon=t-dt.timedelta(t.weekday())
        out.append(('next week '+w, mon+dt.timedelta(7+i)))
        out.append(('next week. '+w, mon+dt.timedelta(7+i)))
    for n in [2,3,4,10]:
        out.append((f'in {n} days',t+dt.timedelta(n)))
        out.append((f'in {NUM[n]} days',t+dt.timedelta(n)))
    return out
def times():
    out=[]
    for h in range(1,13):
        bh = h+12 if 1<=h<=6 else h
        out+= [(f'at {h}',bh,0),(f"at {NUM[h]} o'clock",bh,0),(f'{h} a.m.',h%12,0),(f'{h} p.m.',h%12+12,0),
               (f'at {h}:30',bh,30),(f'{NUM[h]} thirty',bh,30),(f'half past {NUM[h]}',bh,30),
               (f'{h}:45 in the morning',h%12,45),(f'{h}:15 in the afternoon',h%12+12,15),
               (f'around {NUM[h]} fifteen',bh,15),(f'{h}pm',h%12+12,0),(f'{NUM[h]} a m',h%12,0)]
        qh=(bh*60-15)//60; out.append((f'quarter to {NUM[h]}',qh,45))
    for h in range(1,13):
        bh = h+12 if 1<=h<=6 else h
        mm=random.choice([5,10,20,25,35,40,50,55])
        out+= [(f'at {h}:{mm:02d} pm',h%12+12,mm),(f'at {h}.{mm:02d}',bh,mm),(f'at {h}{mm:02d}',bh,mm),
               (f'at {h} {mm:02d}',bh,mm),(f'quarter past {NUM[h]}',bh,15),(f'twenty after {h}',bh,20),
               (f'ten past {NUM[h]}',bh,10),(f'{h} in the evening',h%12+12,0)]
        t=bh*60-10; out.append((f'ten to {NUM[h]}',t//60,t%60))
    for H in range(13,19):
        out+= [(f'at {H}:00',H,0),(f'{H}h30',H,30)]
    out+= [('at fourteen hundred',14,0),('at sixteen hundred hours',16,0)]
    out.append(('noon',12,0)); out.append(('at noon',12,0))
    return out
T=['Uh, {d} {t}','So, {d}, um, {t}','Yeah okay, {t} {d}','{d} {t}','{t} {d}','Can I come in {d} {t}?','How about {d}, {t}','Um, {d} {t} would be great',"I'd like to book for {d} {t} please.",'{d}. {t}.','{t}, {d}']
cases=[]
for ref in refs:
    now=ref[2]; D=days(now); TT=times()
    for _ in range(300):
        d,dd=random.choice(D); t,h,m=random.choice(TT); tpl=random.choice(T)
        text=tpl.format(d=d,t=t)
        when=dt.datetime(dd.year,dd.month,dd.day,h,m).strftime('%Y-%m-%dT%H:%M')
        cases.append({'id':str(len(cases)),'text':text,'now':ref[0],'tz':ref[1],'expected':{'when':when}})
    for d,dd in D:
        cases.append({'id':str(len(cases)),'text':random.choice(['{d}','Can I come in {d}?','How about {d}','{d} please.']).format(d=d),'now':ref[0],'tz':ref[1],'expected':{'when':dd.strftime('%Y-%m-%d')}})
    for t,h,m in TT:
        c=dt.datetime.combine(now.date(),dt.time(h,m))
        dd=now.date() if c>now else now.date()+dt.timedelta(1)
        cases.append({'id':str(len(cases)),'text':random.choice(['{t}','Can I come in {t}?','{t} please.','Um, {t} would be great']).format(t=t),'now':ref[0],'tz':ref[1],'expected':{'when':dt.datetime.combine(dd,dt.time(h,m)).strftime('%Y-%m-%dT%H:%M')}})
with open('bella-extract/testdata/time_combos.jsonl','w') as f:
    for c in cases: f.write(json.dumps(c)+'\n')
print(len(cases))
